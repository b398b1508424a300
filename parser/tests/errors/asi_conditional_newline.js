a ? b
c : d
