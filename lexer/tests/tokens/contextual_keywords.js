let static async await yield of get set target
implements interface package private protected public
