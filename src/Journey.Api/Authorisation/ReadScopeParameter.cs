using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Wolverine.Http;
using Wolverine.Http.CodeGen;

namespace Journey.Api.Authorisation;

/// <summary>
/// Gives a parameter typed <see cref="ReadScope"/> the scope the access handler decided for the request: an endpoint that
/// reads children's rows names <c>ReadScope scope</c> and filters by it, and never looks it up itself. The handler is
/// ASP.NET Core's authorisation, which runs before Wolverine's chain, so the scope crosses over as a request feature
/// (<see cref="ReadScope.Keep"/>); a request it decided none for reads nothing. Registered with Wolverine's own extension
/// point for parameters (AddParameterHandlingStrategy), so any endpoint that asks for
/// the scope gets it, without a list of the endpoints to hand it to (decision 120).
/// </summary>
public sealed class ReadScopeParameter : IParameterStrategy
{
    public bool TryMatch(HttpChain chain, IServiceContainer container, ParameterInfo parameter, out Variable? variable)
    {
        // Inline in the generated method, where the request is `httpContext`: one look-up of a feature by its type.
        variable = parameter.ParameterType == typeof(ReadScope)
            ? new Variable(typeof(ReadScope), $"{typeof(ReadScope).FullNameInCode()}.{nameof(ReadScope.DecidedFor)}(httpContext)")
            : null;
        return variable is not null;
    }
}
