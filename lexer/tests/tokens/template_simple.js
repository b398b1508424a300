`abc`; ``; `multi
line`; `$`; `$x`; `{}`; `a\`b`;
