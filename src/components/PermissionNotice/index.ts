export {
  PermissionNotice,
  type PermissionNoticeClassNames,
  type PermissionNoticeMessages,
  type PermissionNoticeProps,
} from './PermissionNotice';
