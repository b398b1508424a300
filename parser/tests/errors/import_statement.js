import x from 'y'
