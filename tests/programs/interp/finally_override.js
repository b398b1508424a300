// A finally block runs on every exit and can override the completion.
function f() {
  try {
    return 'try';
  } finally {
    console.log('finally runs');
  }
}
function g() {
  try {
    throw new Error('lost');
  } finally {
    return 'finally wins';
  }
}
function h() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) break;
    } finally {
      console.log('cleanup', i);
    }
  }
  return 'after loop';
}
console.log(f(), g(), h());
