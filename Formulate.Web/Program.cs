using Formulate.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFormulateWeb();
builder.AddInterimWiring();

var app = builder.Build();
await app.InitializeInterimAsync();
app.UseFormulateWeb();
await app.RunAsync();
