namespace Formulate.Tests.Web.Support;

/// <summary>
/// Tests that share one app, started once for them all and run one after another. A test here changes nothing that
/// another could see: not the demo records, the configuration, the settings or the clock. It signs in with its own
/// account (<see cref="TestAccounts"/>) and works on its own person or case when it changes one, or only reads. A test
/// that needs a different start, moves the clock or changes anything shared makes its own app instead.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedWebAppGroup : ICollectionFixture<FormulateWebFactory>
{
    public const string Name = "Shared web app";
}
