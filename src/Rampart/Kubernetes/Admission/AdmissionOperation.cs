namespace Rampart.Kubernetes.Admission;

/// <summary>The operation of an admission request, as <c>matchConstraints</c> rules and <c>request.operation</c> name it.</summary>
public enum AdmissionOperation
{
    /// <summary><c>CREATE</c>: <c>object</c> is the new object, <c>oldObject</c> is null. Every object of a scan is one.</summary>
    Create,

    /// <summary><c>UPDATE</c>: <c>object</c> is the new object, <c>oldObject</c> the one it replaces.</summary>
    Update,

    /// <summary><c>DELETE</c>: <c>object</c> is null, <c>oldObject</c> is the object being deleted.</summary>
    Delete,

    /// <summary><c>CONNECT</c> (exec, attach, port-forward, proxy): <c>object</c> is the connect options, <c>oldObject</c> is null.</summary>
    Connect,
}
