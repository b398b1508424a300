function(){}
