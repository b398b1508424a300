const a = b
(c)
const d = e
[0]
