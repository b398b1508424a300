'abc'; "def"; ''; "it's"; 'say "hi"'; 'café 😀';
