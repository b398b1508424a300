// The REPL's JavaScript side, run once when a session starts, as node's own
// lib/repl.js does it: `_` and `_error` (accessors on the global object that
// give the last result and the last error until a program assigns them), and
// the trimming of the REPL's own top-level frame from an error's stack.
// The value of this expression is the object of hooks the Rust side calls.
(() => {
  let last;
  let lastError;
  let recordResults = true;
  let recordErrors = true;

  function magic(name, read, disable) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable: false,
      get: read,
      set(value) {
        Object.defineProperty(globalThis, name, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
        disable();
        console.log(`Expression assignment to ${name} now disabled.`);
      },
    });
  }
  magic('_', () => last, () => { recordResults = false; });
  magic('_error', () => lastError, () => { recordErrors = false; });

  // An error thrown by a callback (a timer, a promise job) or a rejection
  // nobody handles does not end the session: the REPL prints it (`Uncaught
  // Error: …`) and carries on, so it keeps them here for the Rust side.
  const asyncErrors = [];
  if (typeof process === 'object' && typeof process.on === 'function') {
    const keep = (error) => {
      asyncErrors.push(error);
    };
    process.on('uncaughtException', keep);
    process.on('unhandledRejection', keep);
  }

  // A frame of REPL input itself has no function name: `at REPL3:1:7`.
  const replFrame = /^\s+at REPL\d+:\d+:\d+$/;

  return {
    // Follows the promise of an input with a top-level `await`; the REPL
    // runs the loop until `state.done`.
    watch(promise) {
      const state = { done: false, failed: false, value: undefined };
      promise.then(
        (value) => {
          state.done = true;
          state.value = value;
        },
        (error) => {
          state.done = true;
          state.failed = true;
          state.value = error;
        },
      );
      return state;
    },
    nextAsyncError() {
      return asyncErrors.length > 0 ? { error: asyncErrors.shift() } : undefined;
    },
    result(value) {
      if (recordResults) last = value;
    },
    error(error) {
      if (recordErrors) lastError = error;
      // Like node, cut the stack at the outermost frame of REPL input: what
      // is below it is the REPL's machinery, not the user's program.
      try {
        if (error instanceof Error && typeof error.stack === 'string') {
          const lines = error.stack.split('\n');
          let cut = -1;
          for (let i = lines.length - 1; i > 0; i--) {
            if (replFrame.test(lines[i])) {
              cut = i;
              break;
            }
          }
          if (cut > 0) error.stack = lines.slice(0, cut).join('\n');
        }
      } catch {
        // A hostile getter or proxy: leave the error as it is.
      }
    },
  };
})()
