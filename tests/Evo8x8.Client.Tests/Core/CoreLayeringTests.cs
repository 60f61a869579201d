using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Evo8x8.Client.Core.Http;

namespace Evo8x8.Client.Tests.Core;

/// <summary>
/// The core (HTTP pipeline, JSON plumbing, masking, telemetry, exceptions) serves every product and names none:
/// each product hands it a <see cref="ServiceDefinition"/> instead. Checked twice: in the compiled assembly (base
/// types, interfaces, fields, signatures, attributes and every type, field and method the IL touches) and in the
/// source files under src/Evo8x8.Client/Core.
/// </summary>
public sealed partial class CoreLayeringTests
{
    private const string CoreNamespace = "Evo8x8.Client.Core";

    private static readonly string[] ProductNamespaces = ["Evo8x8.Client.Voice", "Evo8x8.Client.Evo", "Evo8x8.Client.Ccai"];

    [Fact]
    public void CoreTypes_InTheCompiledAssembly_ReferenceNoProductType()
    {
        using FileStream file = File.OpenRead(typeof(ServiceDefinition).Assembly.Location);
        using var pe = new PEReader(file);
        MetadataReader reader = pe.GetMetadataReader();
        var scanner = new ReferenceScanner(reader, pe);

        List<string> violations = [];
        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            string name = FullName(reader, handle);
            if (!IsIn(name, CoreNamespace))
            {
                continue;
            }

            foreach (TypeDefinitionHandle referenced in scanner.ReferencesOf(handle))
            {
                string target = FullName(reader, referenced);
                if (ProductNamespaces.Any(product => IsIn(target, product)))
                {
                    violations.Add($"{name} -> {target}");
                }
            }
        }

        Assert.True(scanner.ScannedTypes > 0, "No type of the core namespace was found in the assembly.");
        Assert.True(violations.Count == 0, $"Core types reference product types:{Environment.NewLine}{string.Join(Environment.NewLine, violations.Distinct())}");
    }

    [Fact]
    public void CoreSourceFiles_NameNoProductNamespace()
    {
        string core = Path.Combine(RepositoryRoot(), "src", "Evo8x8.Client", "Core");
        string[] files = [.. Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];

        List<string> violations = [];
        foreach (string path in files)
        {
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                if (ProductName().IsMatch(lines[i]))
                {
                    violations.Add($"{Path.GetRelativePath(core, path)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.NotEmpty(files);
        Assert.True(violations.Count == 0, $"Core source files name a product namespace:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    // A using directive, alias, global:: or qualified name of a product namespace, comments included (a cref is a
    // reference too); also the short form a Core namespace resolves through its parent (Voice.Webhooks.WebhookParser).
    [GeneratedRegex(@"\bEvo8x8\.Client\.(Voice|Evo|Ccai)\b|(?<![\w.])(Voice|Evo|Ccai)\.[A-Z]")]
    private static partial Regex ProductName();

    private static bool IsIn(string fullName, string ns)
        => fullName.StartsWith(ns, StringComparison.Ordinal)
            && (fullName.Length == ns.Length || fullName[ns.Length] is '.' or '+');

    // Nested types (closures, state machines, generated loggers) belong to the namespace of the type that declares them.
    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        TypeDefinition type = reader.GetTypeDefinition(handle);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        string name = reader.GetString(type.Name);
        if (!declaring.IsNil)
        {
            return FullName(reader, declaring) + "+" + name;
        }

        string ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Evo8x8.Client.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Evo8x8.Client.sln) was not found above the test output.");
    }

    /// <summary>Collects the types of this assembly that one type definition names anywhere in its metadata or IL.</summary>
    private sealed class ReferenceScanner(MetadataReader reader, PEReader pe)
    {
        private readonly SignatureCollector _collector = new();

        public int ScannedTypes { get; private set; }

        public IReadOnlySet<TypeDefinitionHandle> ReferencesOf(TypeDefinitionHandle handle)
        {
            ScannedTypes++;
            _collector.Found.Clear();
            TypeDefinition type = reader.GetTypeDefinition(handle);

            AddType(type.BaseType);
            foreach (InterfaceImplementationHandle implementation in type.GetInterfaceImplementations())
            {
                AddType(reader.GetInterfaceImplementation(implementation).Interface);
            }

            AddGenericConstraints(type.GetGenericParameters());
            AddAttributes(type.GetCustomAttributes());

            foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
            {
                FieldDefinition field = reader.GetFieldDefinition(fieldHandle);
                field.DecodeSignature(_collector, null);
                AddAttributes(field.GetCustomAttributes());
            }

            foreach (PropertyDefinitionHandle propertyHandle in type.GetProperties())
            {
                PropertyDefinition property = reader.GetPropertyDefinition(propertyHandle);
                property.DecodeSignature(_collector, null);
                AddAttributes(property.GetCustomAttributes());
            }

            foreach (EventDefinitionHandle eventHandle in type.GetEvents())
            {
                AddType(reader.GetEventDefinition(eventHandle).Type);
            }

            foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
            {
                MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                method.DecodeSignature(_collector, null);
                AddGenericConstraints(method.GetGenericParameters());
                AddAttributes(method.GetCustomAttributes());
                foreach (ParameterHandle parameter in method.GetParameters())
                {
                    AddAttributes(reader.GetParameter(parameter).GetCustomAttributes());
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    AddBody(pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }

            return _collector.Found;
        }

        private void AddBody(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_collector, null);
            }

            foreach (ExceptionRegion region in body.ExceptionRegions)
            {
                AddType(region.CatchType);
            }

            BlobReader il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                ILOpCode opCode = ReadOpCode(ref il);
                switch (OperandSize(opCode))
                {
                    case OperandKind.Token:
                        AddHandle(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    case OperandKind.Switch:
                        int count = il.ReadInt32();
                        il.Offset += count * 4;
                        break;
                    case OperandKind.None:
                        break;
                    default:
                        il.Offset += (int)OperandSize(opCode);
                        break;
                }
            }
        }

        private static ILOpCode ReadOpCode(ref BlobReader il)
        {
            byte first = il.ReadByte();
            return first == 0xFE ? (ILOpCode)(0xFE00 | il.ReadByte()) : (ILOpCode)first;
        }

        private static OperandKind OperandSize(ILOpCode opCode) => opCode switch
        {
            ILOpCode.Ldstr => OperandKind.Four,
            ILOpCode.Calli => OperandKind.Four,
            ILOpCode.Switch => OperandKind.Switch,
            ILOpCode.Ldc_i8 or ILOpCode.Ldc_r8 => OperandKind.Eight,
            ILOpCode.Ldc_r4 or ILOpCode.Ldc_i4 => OperandKind.Four,
            ILOpCode.Br or ILOpCode.Brfalse or ILOpCode.Brtrue or ILOpCode.Beq or ILOpCode.Bge or ILOpCode.Bgt
                or ILOpCode.Ble or ILOpCode.Blt or ILOpCode.Bne_un or ILOpCode.Bge_un or ILOpCode.Bgt_un
                or ILOpCode.Ble_un or ILOpCode.Blt_un or ILOpCode.Leave => OperandKind.Four,
            ILOpCode.Br_s or ILOpCode.Brfalse_s or ILOpCode.Brtrue_s or ILOpCode.Beq_s or ILOpCode.Bge_s
                or ILOpCode.Bgt_s or ILOpCode.Ble_s or ILOpCode.Blt_s or ILOpCode.Bne_un_s or ILOpCode.Bge_un_s
                or ILOpCode.Bgt_un_s or ILOpCode.Ble_un_s or ILOpCode.Blt_un_s or ILOpCode.Leave_s
                or ILOpCode.Ldc_i4_s or ILOpCode.Ldarg_s or ILOpCode.Ldarga_s or ILOpCode.Starg_s
                or ILOpCode.Ldloc_s or ILOpCode.Ldloca_s or ILOpCode.Stloc_s or ILOpCode.Unaligned => OperandKind.One,
            ILOpCode.Ldarg or ILOpCode.Ldarga or ILOpCode.Starg or ILOpCode.Ldloc or ILOpCode.Ldloca
                or ILOpCode.Stloc => OperandKind.Two,
            ILOpCode.Jmp or ILOpCode.Call or ILOpCode.Callvirt or ILOpCode.Newobj or ILOpCode.Ldftn
                or ILOpCode.Ldvirtftn or ILOpCode.Ldfld or ILOpCode.Ldflda or ILOpCode.Stfld or ILOpCode.Ldsfld
                or ILOpCode.Ldsflda or ILOpCode.Stsfld or ILOpCode.Ldtoken or ILOpCode.Box or ILOpCode.Unbox
                or ILOpCode.Unbox_any or ILOpCode.Castclass or ILOpCode.Isinst or ILOpCode.Newarr
                or ILOpCode.Ldelema or ILOpCode.Ldelem or ILOpCode.Stelem or ILOpCode.Ldobj or ILOpCode.Stobj
                or ILOpCode.Cpobj or ILOpCode.Initobj or ILOpCode.Sizeof or ILOpCode.Mkrefany
                or ILOpCode.Refanyval or ILOpCode.Constrained => OperandKind.Token,
            _ => OperandKind.None,
        };

        private void AddHandle(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                case HandleKind.TypeReference:
                case HandleKind.TypeSpecification:
                    AddType(handle);
                    break;
                case HandleKind.FieldDefinition:
                    FieldDefinition field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                    _collector.Found.Add(field.GetDeclaringType());
                    field.DecodeSignature(_collector, null);
                    break;
                case HandleKind.MethodDefinition:
                    MethodDefinition method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                    _collector.Found.Add(method.GetDeclaringType());
                    method.DecodeSignature(_collector, null);
                    break;
                case HandleKind.MemberReference:
                    MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    AddHandle(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(_collector, null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(_collector, null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    MethodSpecification specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    AddHandle(specification.Method);
                    specification.DecodeSignature(_collector, null);
                    break;
                default:
                    break;
            }
        }

        private void AddType(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    _collector.Found.Add((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_collector, null);
                    break;
                default:
                    break;
            }
        }

        private void AddGenericConstraints(GenericParameterHandleCollection parameters)
        {
            foreach (GenericParameterHandle parameter in parameters)
            {
                foreach (GenericParameterConstraintHandle constraint in reader.GetGenericParameter(parameter).GetConstraints())
                {
                    AddType(reader.GetGenericParameterConstraint(constraint).Type);
                }
            }
        }

        private void AddAttributes(CustomAttributeHandleCollection attributes)
        {
            foreach (CustomAttributeHandle attribute in attributes)
            {
                AddHandle(reader.GetCustomAttribute(attribute).Constructor);
            }
        }
    }

    private enum OperandKind
    {
        None = 0,
        One = 1,
        Two = 2,
        Four = 4,
        Eight = 8,
        Token = 100,
        Switch = 101,
    }

    /// <summary>Decodes signatures for their side effect: every type definition of this assembly they name lands in <see cref="Found"/>.</summary>
    private sealed class SignatureCollector : ISignatureTypeProvider<object?, object?>
    {
        public HashSet<TypeDefinitionHandle> Found { get; } = [];

        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Found.Add(handle);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public object? GetSZArrayType(object? elementType) => null;

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;

        public object? GetByReferenceType(object? elementType) => null;

        public object? GetPointerType(object? elementType) => null;

        public object? GetPinnedType(object? elementType) => null;

        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;

        public object? GetGenericMethodParameter(object? genericContext, int index) => null;

        public object? GetGenericTypeParameter(object? genericContext, int index) => null;

        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;

        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;

        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;
    }
}
