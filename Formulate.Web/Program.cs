using Formulate.Data;
using Formulate.Web;
using Formulate.Web.Startup;

var builder = WebApplication.CreateBuilder(args);
var unservedAssets = BuildOutputAssets.Use(builder);
builder.Services.AddFormulateData(builder.Configuration);
builder.Services.AddFormulateWeb(builder.Configuration);

var app = builder.Build();
return await app.RunFormulateAsync(unservedAssets);
