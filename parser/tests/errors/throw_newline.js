throw
new Error('x')
