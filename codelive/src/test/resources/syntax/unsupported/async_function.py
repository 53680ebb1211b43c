# expect: not supported yet: async functions at 2:1
async def f():
    await g()
