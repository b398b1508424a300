// Custom error classes inherit from Error and can set name from the constructor.
class AppError extends Error {
  constructor(message, code) { super(message); this.name = this.constructor.name; this.code = code; }
}
class NotFound extends AppError { constructor(what) { super(`${what} not found`, 404); } }
try { throw new NotFound('user'); } catch (e) {
  console.log(e.name, e.message, e.code, e instanceof NotFound, e instanceof AppError, e instanceof Error);
  console.log(String(e), Object.keys(e));
}
