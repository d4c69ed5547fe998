namespace Formulate.Data.Schema;

/// <summary>SQLite's own integrity check found damage in the database file.</summary>
public sealed class DamagedDatabaseException(string damage)
    : InvalidOperationException($"The SQLite database file is damaged ({damage}).")
{
    /// <summary>The first problem SQLite's check reported.</summary>
    public string Damage { get; } = damage;
}
