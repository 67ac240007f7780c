/** The error every huiqi call throws for input it cannot use (CONTRACT.md). */
export class HuiqiError extends Error {
  /**
   * @param {string} code stable machine code, e.g. "invalid_date"
   * @param {string} field JSON path of the field at fault, e.g. "applicant.revenue" ("" for the whole input)
   * @param {string} message_zh
   * @param {string} message_en
   */
  constructor(code, field, message_zh, message_en) {
    super(message_en);
    this.name = 'HuiqiError';
    this.code = code;
    this.field = field;
    this.message_zh = message_zh;
    this.message_en = message_en;
  }

  /** The same shape as the CLI's `{"error": {...}}`. */
  toJSON() {
    return { error: { code: this.code, field: this.field, message_zh: this.message_zh, message_en: this.message_en } };
  }
}
