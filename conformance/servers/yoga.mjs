// GraphQL Yoga: a query the schema rejects, BAD_USER_INPUT and UNAUTHENTICATED resolver errors.
import { createServer } from 'node:http';
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { ready, versions } from './ready.mjs';

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      me: String
      boom: String
    }
    type Mutation {
      signUp(email: String!): String
    }
  `,
  resolvers: {
    Query: {
      me: () => {
        throw new GraphQLError('You must be signed in to see this.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      },
      boom: () => {
        throw new Error('database password is hunter2');
      },
    },
    Mutation: {
      signUp: () => {
        throw new GraphQLError('Enter a valid email address.', {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'email' },
        });
      },
    },
  },
});

const server = createServer(createYoga({ schema, logging: false }));
server.listen(0, '127.0.0.1', () => {
  ready(server.address().port, versions('graphql-yoga', 'graphql'));
});
