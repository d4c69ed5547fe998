using Formulate.Data;
using Formulate.Web.Startup;

namespace Formulate.Tests.Web.Startup;

public sealed class DatabaseFaultsTests
{
    /// <summary>A SQL Server connection string names its server its own way, with settings PostgreSQL's reader refuses.</summary>
    [Fact]
    public void Unreachable_SqlServer_NamesTheServerAsItsConnectionStringGivesIt()
    {
        var data = new FormulateDataOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=tcp:db.council.example,1433;Database=formulate;Encrypt=True;TrustServerCertificate=False;User ID=formulate;Password=x",
        };

        var message = DatabaseFaults.Unreachable(data, 30, "timed out").Message;

        message.ShouldStartWith("The database at tcp:db.council.example,1433 could not be reached in 30 seconds of trying (timed out).");
    }

    [Fact]
    public void Unreachable_PostgreSql_NamesHostAndPort()
    {
        var data = new FormulateDataOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = "Host=db.council.example;Port=5433;Database=formulate;Username=formulate" };

        DatabaseFaults.Unreachable(data, 30, "refused").Message.ShouldStartWith("The database at db.council.example:5433 could not be reached");
    }
}
