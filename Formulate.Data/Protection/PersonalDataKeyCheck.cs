using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Formulate.Data.Resilience;

namespace Formulate.Data.Protection;

/// <summary>
/// Reads a protected person the way every page does, through the context and its converters, so
/// that keys which cannot decrypt the data are found before anyone opens a page.
/// </summary>
public static class PersonalDataKeyCheck
{
    /// <summary>Whether any name in the database is stored protected.</summary>
    public static async Task<bool> AnyProtectedAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await NewestProtectedIdAsync(context, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>
    /// Decrypts the person added last whose name is protected (a person written with other keys,
    /// by a server that does not share this one's, is most likely among the newest), or does
    /// nothing when there is none. Throws <see cref="PersonalDataUnreadableException"/> when it cannot.
    /// </summary>
    public static async Task EnsureReadableAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (FormulateDbContext.ProtectorOf(context) is null
            || await NewestProtectedIdAsync(context, cancellationToken).ConfigureAwait(false) is not { } id)
        {
            return;
        }

        try
        {
            await context.People.AsNoTracking().Where(person => person.Id == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsKeyFailure(exception))
        {
            throw new PersonalDataUnreadableException(exception);
        }
    }

    private static async Task<Guid?> NewestProtectedIdAsync(FormulateDbContext context, CancellationToken cancellationToken)
    {
        // Ids are version 7 GUIDs, which sort in the order they were made; SQL Server sorts its uniqueidentifier by the
        // last bytes first, so there the time the person was added decides. SQL Server has TOP where the others have LIMIT.
        var protectedNames = $"""FROM "People" WHERE "GivenName" LIKE '{PersonalDataConverter.Prefix}%'""";
        var sql = context.Database.IsSqlServer()
            ? $"""SELECT TOP (1) "Id" AS "Value" {protectedNames} ORDER BY "CreatedAt" DESC"""
            : $"""SELECT "Id" AS "Value" {protectedNames} ORDER BY "Id" DESC LIMIT 1""";
        var ids = await context.Database.SqlQueryRaw<Guid>(sql).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ids is [var id] ? id : null;
    }

    private static bool IsKeyFailure(Exception exception) =>
        ExceptionChain.Of(exception).Any(current => current is CryptographicException or UnauthorizedAccessException or IOException);
}
