// The role matrix lives in the pure contract so the renderer can hide what a role cannot do;
// the core enforces it on every call.
export { can, PERMISSIONS, type Permission } from '../../shared/permissions'
