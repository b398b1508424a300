const f = x => {}
(1)
