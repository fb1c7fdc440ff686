using MediatR;

namespace RecognitionPay.Api.Pipeline;

/// <summary>A request that changes state: it runs in one database transaction, committed only after its handler.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;
