// H5 only (document-lang.h5.ts): a mini-program's native controls follow WeChat's or Alipay's language.
export function followAppLanguage(): void {}
