// An uncaught error names the file [eval] or [stdin], as node does.
function fail() {
  throw new Error('from ' + __filename);
}
fail();
