using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Formulate.Data.Protection;

/// <summary>One model per protector: the model holds the converters, and each app (or test) has its own keys.</summary>
internal sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), FormulateDbContext.ProtectorOf(context), designTime);
}
