"""FastAPI + Pydantic: request validation (422), HTTPException with a string or an object detail."""
import json
import socket
from typing import List

import fastapi
import pydantic
import uvicorn
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer
from pydantic import BaseModel, Field, root_validator

app = FastAPI()
oauth2 = OAuth2PasswordBearer(tokenUrl="token")


class Address(BaseModel):
    street: str
    city: str


class Item(BaseModel):
    sku: str
    qty: int = Field(gt=0)


class Order(BaseModel):
    email: str = Field(regex=r"^[^@\s]+@[^@\s]+$")
    address: Address
    items: List[Item]


class Signup(BaseModel):
    password: str
    confirm: str

    @root_validator(skip_on_failure=True)
    def passwords_match(cls, values):
        if values.get("password") != values.get("confirm"):
            raise ValueError("Passwords do not match")
        return values


@app.post("/orders")
def create_order(order: Order):
    raise HTTPException(
        409, detail={"code": "ORDER_EXISTS", "message": "An order with this reference already exists."}
    )


@app.post("/signup")
def signup(body: Signup):
    return {"ok": True}


@app.get("/items/{item_id}")
def read_item(item_id: int):
    raise HTTPException(404, detail="Item not found")


@app.get("/me")
def me(token: str = Depends(oauth2)):
    return {"token": token}


@app.get("/reports")
def reports(token: str = Depends(oauth2)):
    raise HTTPException(
        401,
        detail="Token expired",
        headers={"WWW-Authenticate": 'Bearer error="invalid_token", error_description="expired"'},
    )


@app.get("/crash")
def crash():
    raise RuntimeError("boom")


if __name__ == "__main__":
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    version = f"fastapi {fastapi.__version__}, pydantic {pydantic.VERSION}"
    print("READY " + json.dumps({"port": sock.getsockname()[1], "version": version}), flush=True)
    config = uvicorn.Config(app, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])
