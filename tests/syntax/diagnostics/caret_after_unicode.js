const t = "héllo wörld 😀"; let z = @;
