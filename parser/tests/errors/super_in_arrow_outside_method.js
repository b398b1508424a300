x = () => { super.x }
