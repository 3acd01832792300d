// H5 only (root-font.h5.ts): mini-programs size rpx themselves.
export function fitRootFont(): void {}
