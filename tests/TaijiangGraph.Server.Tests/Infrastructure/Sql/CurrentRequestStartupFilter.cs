using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace TaijiangGraph.Server.Tests.Infrastructure.Sql;

/// <summary>Test-only middleware, first in the pipeline: makes the request visible to <see cref="CurrentRequest"/> for its whole async
/// flow.</summary>
public sealed class CurrentRequestStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
        app =>
        {
            app.Use(
                async (context, following) =>
                {
                    CurrentRequest.Context = context;
                    try
                    {
                        await following(context);
                    }
                    finally
                    {
                        CurrentRequest.Context = null;
                    }
                }
            );
            next(app);
        };
}
