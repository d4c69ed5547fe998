using Formulate.Data;
using Formulate.Web;
using Formulate.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFormulateData(builder.Configuration);
builder.Services.AddFormulateWeb();

var app = builder.Build();
await app.PrepareFormulateAsync();
app.UseFormulateWeb();
await app.RunAsync();
