pyrepr(x::Float64) = pyfloat(x)
