export {
  PermissionNotice,
  type PermissionNoticeClassNames,
  type PermissionNoticeProps,
} from './PermissionNotice';
