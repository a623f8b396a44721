export const id = 777;
export const ids = [777];
export const modules = {

/***/ 39514:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpAuthSchemeConfig = exports.defaultWAFHttpAuthSchemeProvider = exports.defaultWAFHttpAuthSchemeParametersProvider = void 0;
const httpAuthSchemes_1 = __webpack_require__(97523);
const client_1 = __webpack_require__(92658);
const defaultWAFHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0, client_1.getSmithyContext)(context).operation,
        region: await (0, client_1.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
exports.defaultWAFHttpAuthSchemeParametersProvider = defaultWAFHttpAuthSchemeParametersProvider;
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "waf",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultWAFHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
exports.defaultWAFHttpAuthSchemeProvider = defaultWAFHttpAuthSchemeProvider;
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0, client_1.normalizeProvider)(config.authSchemePreference ?? []),
    });
};
exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;


/***/ }),

/***/ 5745:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bdd = void 0;
const endpoints_1 = __webpack_require__(62085);
const l = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [l]: "Endpoint" }, h = { [l]: d }, i = {}, j = { "authSchemes": [{ "name": "sigv4", "signingName": "waf", "signingRegion": "us-east-1" }] }, k = [{ [l]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, k],
        ["aws.partition", k, d],
        [e, [{ [l]: "UseFIPS" }, b]],
        [e, [{ [l]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws"]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://waf.amazonaws.com", j],
        ["https://waf-fips.amazonaws.com", j],
        ["https://waf-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://waf-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://waf.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://waf.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 14, 3,
    1, 4, r + 13,
    2, 5, r + 13,
    3, 9, 6,
    4, 8, 7,
    6, r + 4, r + 12,
    5, r + 10, r + 11,
    4, 12, 10,
    6, r + 5, 11,
    7, r + 8, r + 9,
    5, 13, r + 7,
    7, r + 6, r + 7,
    3, r + 1, 15,
    4, r + 2, r + 3,
]);
exports.bdd = endpoints_1.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);


/***/ }),

/***/ 9828:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEndpointResolver = void 0;
const client_1 = __webpack_require__(5152);
const endpoints_1 = __webpack_require__(62085);
const bdd_1 = __webpack_require__(5745);
const cache = new endpoints_1.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0, endpoints_1.decideEndpoint)(bdd_1.bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
exports.defaultEndpointResolver = defaultEndpointResolver;
endpoints_1.customEndpointFunctions.aws = client_1.awsEndpointFunctions;


/***/ }),

/***/ 47777:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



var client$1 = __webpack_require__(5152);
var core = __webpack_require__(90402);
var client = __webpack_require__(92658);
var config = __webpack_require__(47291);
var endpoints = __webpack_require__(62085);
var protocols = __webpack_require__(93422);
var retry = __webpack_require__(23609);
var schema = __webpack_require__(26890);
var httpAuthSchemeProvider = __webpack_require__(39514);
var runtimeConfig = __webpack_require__(11755);
var schemas_0 = __webpack_require__(89433);
var errors = __webpack_require__(3565);
var WAFServiceException = __webpack_require__(64174);

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "waf",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(client$1.getAwsRegionExtensionConfiguration(runtimeConfig), client.getDefaultExtensionConfiguration(runtimeConfig), protocols.getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, client$1.resolveAwsRegionExtensionConfiguration(extensionConfiguration), client.resolveDefaultRuntimeConfig(extensionConfiguration), protocols.resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class WAFClient extends client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig.getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = client$1.resolveUserAgentConfig(_config_1);
        const _config_3 = retry.resolveRetryConfig(_config_2);
        const _config_4 = config.resolveRegionConfig(_config_3);
        const _config_5 = client$1.resolveHostHeaderConfig(_config_4);
        const _config_6 = endpoints.resolveEndpointConfig(_config_5);
        const _config_7 = httpAuthSchemeProvider.resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(schema.getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(client$1.getUserAgentPlugin(this.config));
        this.middlewareStack.use(retry.getRetryPlugin(this.config));
        this.middlewareStack.use(protocols.getContentLengthPlugin(this.config));
        this.middlewareStack.use(client$1.getHostHeaderPlugin(this.config));
        this.middlewareStack.use(client$1.getLoggerPlugin(this.config));
        this.middlewareStack.use(client$1.getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(core.getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultWAFHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new core.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(core.getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

class CreateByteMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateByteMatchSet", {})
    .n("WAFClient", "CreateByteMatchSetCommand")
    .sc(schemas_0.CreateByteMatchSet$)
    .build() {
}

class CreateGeoMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateGeoMatchSet", {})
    .n("WAFClient", "CreateGeoMatchSetCommand")
    .sc(schemas_0.CreateGeoMatchSet$)
    .build() {
}

class CreateIPSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateIPSet", {})
    .n("WAFClient", "CreateIPSetCommand")
    .sc(schemas_0.CreateIPSet$)
    .build() {
}

class CreateRateBasedRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateRateBasedRule", {})
    .n("WAFClient", "CreateRateBasedRuleCommand")
    .sc(schemas_0.CreateRateBasedRule$)
    .build() {
}

class CreateRegexMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateRegexMatchSet", {})
    .n("WAFClient", "CreateRegexMatchSetCommand")
    .sc(schemas_0.CreateRegexMatchSet$)
    .build() {
}

class CreateRegexPatternSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateRegexPatternSet", {})
    .n("WAFClient", "CreateRegexPatternSetCommand")
    .sc(schemas_0.CreateRegexPatternSet$)
    .build() {
}

class CreateRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateRule", {})
    .n("WAFClient", "CreateRuleCommand")
    .sc(schemas_0.CreateRule$)
    .build() {
}

class CreateRuleGroupCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateRuleGroup", {})
    .n("WAFClient", "CreateRuleGroupCommand")
    .sc(schemas_0.CreateRuleGroup$)
    .build() {
}

class CreateSizeConstraintSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateSizeConstraintSet", {})
    .n("WAFClient", "CreateSizeConstraintSetCommand")
    .sc(schemas_0.CreateSizeConstraintSet$)
    .build() {
}

class CreateSqlInjectionMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateSqlInjectionMatchSet", {})
    .n("WAFClient", "CreateSqlInjectionMatchSetCommand")
    .sc(schemas_0.CreateSqlInjectionMatchSet$)
    .build() {
}

class CreateWebACLCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateWebACL", {})
    .n("WAFClient", "CreateWebACLCommand")
    .sc(schemas_0.CreateWebACL$)
    .build() {
}

class CreateWebACLMigrationStackCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateWebACLMigrationStack", {})
    .n("WAFClient", "CreateWebACLMigrationStackCommand")
    .sc(schemas_0.CreateWebACLMigrationStack$)
    .build() {
}

class CreateXssMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "CreateXssMatchSet", {})
    .n("WAFClient", "CreateXssMatchSetCommand")
    .sc(schemas_0.CreateXssMatchSet$)
    .build() {
}

class DeleteByteMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteByteMatchSet", {})
    .n("WAFClient", "DeleteByteMatchSetCommand")
    .sc(schemas_0.DeleteByteMatchSet$)
    .build() {
}

class DeleteGeoMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteGeoMatchSet", {})
    .n("WAFClient", "DeleteGeoMatchSetCommand")
    .sc(schemas_0.DeleteGeoMatchSet$)
    .build() {
}

class DeleteIPSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteIPSet", {})
    .n("WAFClient", "DeleteIPSetCommand")
    .sc(schemas_0.DeleteIPSet$)
    .build() {
}

class DeleteLoggingConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteLoggingConfiguration", {})
    .n("WAFClient", "DeleteLoggingConfigurationCommand")
    .sc(schemas_0.DeleteLoggingConfiguration$)
    .build() {
}

class DeletePermissionPolicyCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeletePermissionPolicy", {})
    .n("WAFClient", "DeletePermissionPolicyCommand")
    .sc(schemas_0.DeletePermissionPolicy$)
    .build() {
}

class DeleteRateBasedRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteRateBasedRule", {})
    .n("WAFClient", "DeleteRateBasedRuleCommand")
    .sc(schemas_0.DeleteRateBasedRule$)
    .build() {
}

class DeleteRegexMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteRegexMatchSet", {})
    .n("WAFClient", "DeleteRegexMatchSetCommand")
    .sc(schemas_0.DeleteRegexMatchSet$)
    .build() {
}

class DeleteRegexPatternSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteRegexPatternSet", {})
    .n("WAFClient", "DeleteRegexPatternSetCommand")
    .sc(schemas_0.DeleteRegexPatternSet$)
    .build() {
}

class DeleteRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteRule", {})
    .n("WAFClient", "DeleteRuleCommand")
    .sc(schemas_0.DeleteRule$)
    .build() {
}

class DeleteRuleGroupCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteRuleGroup", {})
    .n("WAFClient", "DeleteRuleGroupCommand")
    .sc(schemas_0.DeleteRuleGroup$)
    .build() {
}

class DeleteSizeConstraintSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteSizeConstraintSet", {})
    .n("WAFClient", "DeleteSizeConstraintSetCommand")
    .sc(schemas_0.DeleteSizeConstraintSet$)
    .build() {
}

class DeleteSqlInjectionMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteSqlInjectionMatchSet", {})
    .n("WAFClient", "DeleteSqlInjectionMatchSetCommand")
    .sc(schemas_0.DeleteSqlInjectionMatchSet$)
    .build() {
}

class DeleteWebACLCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteWebACL", {})
    .n("WAFClient", "DeleteWebACLCommand")
    .sc(schemas_0.DeleteWebACL$)
    .build() {
}

class DeleteXssMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "DeleteXssMatchSet", {})
    .n("WAFClient", "DeleteXssMatchSetCommand")
    .sc(schemas_0.DeleteXssMatchSet$)
    .build() {
}

class GetByteMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetByteMatchSet", {})
    .n("WAFClient", "GetByteMatchSetCommand")
    .sc(schemas_0.GetByteMatchSet$)
    .build() {
}

class GetChangeTokenCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetChangeToken", {})
    .n("WAFClient", "GetChangeTokenCommand")
    .sc(schemas_0.GetChangeToken$)
    .build() {
}

class GetChangeTokenStatusCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetChangeTokenStatus", {})
    .n("WAFClient", "GetChangeTokenStatusCommand")
    .sc(schemas_0.GetChangeTokenStatus$)
    .build() {
}

class GetGeoMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetGeoMatchSet", {})
    .n("WAFClient", "GetGeoMatchSetCommand")
    .sc(schemas_0.GetGeoMatchSet$)
    .build() {
}

class GetIPSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetIPSet", {})
    .n("WAFClient", "GetIPSetCommand")
    .sc(schemas_0.GetIPSet$)
    .build() {
}

class GetLoggingConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetLoggingConfiguration", {})
    .n("WAFClient", "GetLoggingConfigurationCommand")
    .sc(schemas_0.GetLoggingConfiguration$)
    .build() {
}

class GetPermissionPolicyCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetPermissionPolicy", {})
    .n("WAFClient", "GetPermissionPolicyCommand")
    .sc(schemas_0.GetPermissionPolicy$)
    .build() {
}

class GetRateBasedRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetRateBasedRule", {})
    .n("WAFClient", "GetRateBasedRuleCommand")
    .sc(schemas_0.GetRateBasedRule$)
    .build() {
}

class GetRateBasedRuleManagedKeysCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetRateBasedRuleManagedKeys", {})
    .n("WAFClient", "GetRateBasedRuleManagedKeysCommand")
    .sc(schemas_0.GetRateBasedRuleManagedKeys$)
    .build() {
}

class GetRegexMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetRegexMatchSet", {})
    .n("WAFClient", "GetRegexMatchSetCommand")
    .sc(schemas_0.GetRegexMatchSet$)
    .build() {
}

class GetRegexPatternSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetRegexPatternSet", {})
    .n("WAFClient", "GetRegexPatternSetCommand")
    .sc(schemas_0.GetRegexPatternSet$)
    .build() {
}

class GetRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetRule", {})
    .n("WAFClient", "GetRuleCommand")
    .sc(schemas_0.GetRule$)
    .build() {
}

class GetRuleGroupCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetRuleGroup", {})
    .n("WAFClient", "GetRuleGroupCommand")
    .sc(schemas_0.GetRuleGroup$)
    .build() {
}

class GetSampledRequestsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetSampledRequests", {})
    .n("WAFClient", "GetSampledRequestsCommand")
    .sc(schemas_0.GetSampledRequests$)
    .build() {
}

class GetSizeConstraintSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetSizeConstraintSet", {})
    .n("WAFClient", "GetSizeConstraintSetCommand")
    .sc(schemas_0.GetSizeConstraintSet$)
    .build() {
}

class GetSqlInjectionMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetSqlInjectionMatchSet", {})
    .n("WAFClient", "GetSqlInjectionMatchSetCommand")
    .sc(schemas_0.GetSqlInjectionMatchSet$)
    .build() {
}

class GetWebACLCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetWebACL", {})
    .n("WAFClient", "GetWebACLCommand")
    .sc(schemas_0.GetWebACL$)
    .build() {
}

class GetXssMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "GetXssMatchSet", {})
    .n("WAFClient", "GetXssMatchSetCommand")
    .sc(schemas_0.GetXssMatchSet$)
    .build() {
}

class ListActivatedRulesInRuleGroupCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListActivatedRulesInRuleGroup", {})
    .n("WAFClient", "ListActivatedRulesInRuleGroupCommand")
    .sc(schemas_0.ListActivatedRulesInRuleGroup$)
    .build() {
}

class ListByteMatchSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListByteMatchSets", {})
    .n("WAFClient", "ListByteMatchSetsCommand")
    .sc(schemas_0.ListByteMatchSets$)
    .build() {
}

class ListGeoMatchSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListGeoMatchSets", {})
    .n("WAFClient", "ListGeoMatchSetsCommand")
    .sc(schemas_0.ListGeoMatchSets$)
    .build() {
}

class ListIPSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListIPSets", {})
    .n("WAFClient", "ListIPSetsCommand")
    .sc(schemas_0.ListIPSets$)
    .build() {
}

class ListLoggingConfigurationsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListLoggingConfigurations", {})
    .n("WAFClient", "ListLoggingConfigurationsCommand")
    .sc(schemas_0.ListLoggingConfigurations$)
    .build() {
}

class ListRateBasedRulesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListRateBasedRules", {})
    .n("WAFClient", "ListRateBasedRulesCommand")
    .sc(schemas_0.ListRateBasedRules$)
    .build() {
}

class ListRegexMatchSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListRegexMatchSets", {})
    .n("WAFClient", "ListRegexMatchSetsCommand")
    .sc(schemas_0.ListRegexMatchSets$)
    .build() {
}

class ListRegexPatternSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListRegexPatternSets", {})
    .n("WAFClient", "ListRegexPatternSetsCommand")
    .sc(schemas_0.ListRegexPatternSets$)
    .build() {
}

class ListRuleGroupsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListRuleGroups", {})
    .n("WAFClient", "ListRuleGroupsCommand")
    .sc(schemas_0.ListRuleGroups$)
    .build() {
}

class ListRulesCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListRules", {})
    .n("WAFClient", "ListRulesCommand")
    .sc(schemas_0.ListRules$)
    .build() {
}

class ListSizeConstraintSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListSizeConstraintSets", {})
    .n("WAFClient", "ListSizeConstraintSetsCommand")
    .sc(schemas_0.ListSizeConstraintSets$)
    .build() {
}

class ListSqlInjectionMatchSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListSqlInjectionMatchSets", {})
    .n("WAFClient", "ListSqlInjectionMatchSetsCommand")
    .sc(schemas_0.ListSqlInjectionMatchSets$)
    .build() {
}

class ListSubscribedRuleGroupsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListSubscribedRuleGroups", {})
    .n("WAFClient", "ListSubscribedRuleGroupsCommand")
    .sc(schemas_0.ListSubscribedRuleGroups$)
    .build() {
}

class ListTagsForResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListTagsForResource", {})
    .n("WAFClient", "ListTagsForResourceCommand")
    .sc(schemas_0.ListTagsForResource$)
    .build() {
}

class ListWebACLsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListWebACLs", {})
    .n("WAFClient", "ListWebACLsCommand")
    .sc(schemas_0.ListWebACLs$)
    .build() {
}

class ListXssMatchSetsCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "ListXssMatchSets", {})
    .n("WAFClient", "ListXssMatchSetsCommand")
    .sc(schemas_0.ListXssMatchSets$)
    .build() {
}

class PutLoggingConfigurationCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "PutLoggingConfiguration", {})
    .n("WAFClient", "PutLoggingConfigurationCommand")
    .sc(schemas_0.PutLoggingConfiguration$)
    .build() {
}

class PutPermissionPolicyCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "PutPermissionPolicy", {})
    .n("WAFClient", "PutPermissionPolicyCommand")
    .sc(schemas_0.PutPermissionPolicy$)
    .build() {
}

class TagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "TagResource", {})
    .n("WAFClient", "TagResourceCommand")
    .sc(schemas_0.TagResource$)
    .build() {
}

class UntagResourceCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UntagResource", {})
    .n("WAFClient", "UntagResourceCommand")
    .sc(schemas_0.UntagResource$)
    .build() {
}

class UpdateByteMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateByteMatchSet", {})
    .n("WAFClient", "UpdateByteMatchSetCommand")
    .sc(schemas_0.UpdateByteMatchSet$)
    .build() {
}

class UpdateGeoMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateGeoMatchSet", {})
    .n("WAFClient", "UpdateGeoMatchSetCommand")
    .sc(schemas_0.UpdateGeoMatchSet$)
    .build() {
}

class UpdateIPSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateIPSet", {})
    .n("WAFClient", "UpdateIPSetCommand")
    .sc(schemas_0.UpdateIPSet$)
    .build() {
}

class UpdateRateBasedRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateRateBasedRule", {})
    .n("WAFClient", "UpdateRateBasedRuleCommand")
    .sc(schemas_0.UpdateRateBasedRule$)
    .build() {
}

class UpdateRegexMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateRegexMatchSet", {})
    .n("WAFClient", "UpdateRegexMatchSetCommand")
    .sc(schemas_0.UpdateRegexMatchSet$)
    .build() {
}

class UpdateRegexPatternSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateRegexPatternSet", {})
    .n("WAFClient", "UpdateRegexPatternSetCommand")
    .sc(schemas_0.UpdateRegexPatternSet$)
    .build() {
}

class UpdateRuleCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateRule", {})
    .n("WAFClient", "UpdateRuleCommand")
    .sc(schemas_0.UpdateRule$)
    .build() {
}

class UpdateRuleGroupCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateRuleGroup", {})
    .n("WAFClient", "UpdateRuleGroupCommand")
    .sc(schemas_0.UpdateRuleGroup$)
    .build() {
}

class UpdateSizeConstraintSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateSizeConstraintSet", {})
    .n("WAFClient", "UpdateSizeConstraintSetCommand")
    .sc(schemas_0.UpdateSizeConstraintSet$)
    .build() {
}

class UpdateSqlInjectionMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateSqlInjectionMatchSet", {})
    .n("WAFClient", "UpdateSqlInjectionMatchSetCommand")
    .sc(schemas_0.UpdateSqlInjectionMatchSet$)
    .build() {
}

class UpdateWebACLCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateWebACL", {})
    .n("WAFClient", "UpdateWebACLCommand")
    .sc(schemas_0.UpdateWebACL$)
    .build() {
}

class UpdateXssMatchSetCommand extends client.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [endpoints.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("AWSWAF_20150824", "UpdateXssMatchSet", {})
    .n("WAFClient", "UpdateXssMatchSetCommand")
    .sc(schemas_0.UpdateXssMatchSet$)
    .build() {
}

const commands = {
    CreateByteMatchSetCommand,
    CreateGeoMatchSetCommand,
    CreateIPSetCommand,
    CreateRateBasedRuleCommand,
    CreateRegexMatchSetCommand,
    CreateRegexPatternSetCommand,
    CreateRuleCommand,
    CreateRuleGroupCommand,
    CreateSizeConstraintSetCommand,
    CreateSqlInjectionMatchSetCommand,
    CreateWebACLCommand,
    CreateWebACLMigrationStackCommand,
    CreateXssMatchSetCommand,
    DeleteByteMatchSetCommand,
    DeleteGeoMatchSetCommand,
    DeleteIPSetCommand,
    DeleteLoggingConfigurationCommand,
    DeletePermissionPolicyCommand,
    DeleteRateBasedRuleCommand,
    DeleteRegexMatchSetCommand,
    DeleteRegexPatternSetCommand,
    DeleteRuleCommand,
    DeleteRuleGroupCommand,
    DeleteSizeConstraintSetCommand,
    DeleteSqlInjectionMatchSetCommand,
    DeleteWebACLCommand,
    DeleteXssMatchSetCommand,
    GetByteMatchSetCommand,
    GetChangeTokenCommand,
    GetChangeTokenStatusCommand,
    GetGeoMatchSetCommand,
    GetIPSetCommand,
    GetLoggingConfigurationCommand,
    GetPermissionPolicyCommand,
    GetRateBasedRuleCommand,
    GetRateBasedRuleManagedKeysCommand,
    GetRegexMatchSetCommand,
    GetRegexPatternSetCommand,
    GetRuleCommand,
    GetRuleGroupCommand,
    GetSampledRequestsCommand,
    GetSizeConstraintSetCommand,
    GetSqlInjectionMatchSetCommand,
    GetWebACLCommand,
    GetXssMatchSetCommand,
    ListActivatedRulesInRuleGroupCommand,
    ListByteMatchSetsCommand,
    ListGeoMatchSetsCommand,
    ListIPSetsCommand,
    ListLoggingConfigurationsCommand,
    ListRateBasedRulesCommand,
    ListRegexMatchSetsCommand,
    ListRegexPatternSetsCommand,
    ListRuleGroupsCommand,
    ListRulesCommand,
    ListSizeConstraintSetsCommand,
    ListSqlInjectionMatchSetsCommand,
    ListSubscribedRuleGroupsCommand,
    ListTagsForResourceCommand,
    ListWebACLsCommand,
    ListXssMatchSetsCommand,
    PutLoggingConfigurationCommand,
    PutPermissionPolicyCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateByteMatchSetCommand,
    UpdateGeoMatchSetCommand,
    UpdateIPSetCommand,
    UpdateRateBasedRuleCommand,
    UpdateRegexMatchSetCommand,
    UpdateRegexPatternSetCommand,
    UpdateRuleCommand,
    UpdateRuleGroupCommand,
    UpdateSizeConstraintSetCommand,
    UpdateSqlInjectionMatchSetCommand,
    UpdateWebACLCommand,
    UpdateXssMatchSetCommand,
};
class WAF extends WAFClient {
}
client.createAggregatedClient(commands, WAF);

const WafActionType = {
    ALLOW: "ALLOW",
    BLOCK: "BLOCK",
    COUNT: "COUNT",
};
const WafOverrideActionType = {
    COUNT: "COUNT",
    NONE: "NONE",
};
const WafRuleType = {
    GROUP: "GROUP",
    RATE_BASED: "RATE_BASED",
    REGULAR: "REGULAR",
};
const MatchFieldType = {
    ALL_QUERY_ARGS: "ALL_QUERY_ARGS",
    BODY: "BODY",
    HEADER: "HEADER",
    METHOD: "METHOD",
    QUERY_STRING: "QUERY_STRING",
    SINGLE_QUERY_ARG: "SINGLE_QUERY_ARG",
    URI: "URI",
};
const PositionalConstraint = {
    CONTAINS: "CONTAINS",
    CONTAINS_WORD: "CONTAINS_WORD",
    ENDS_WITH: "ENDS_WITH",
    EXACTLY: "EXACTLY",
    STARTS_WITH: "STARTS_WITH",
};
const TextTransformation = {
    CMD_LINE: "CMD_LINE",
    COMPRESS_WHITE_SPACE: "COMPRESS_WHITE_SPACE",
    HTML_ENTITY_DECODE: "HTML_ENTITY_DECODE",
    LOWERCASE: "LOWERCASE",
    NONE: "NONE",
    URL_DECODE: "URL_DECODE",
};
const ParameterExceptionField = {
    BYTE_MATCH_FIELD_TYPE: "BYTE_MATCH_FIELD_TYPE",
    BYTE_MATCH_POSITIONAL_CONSTRAINT: "BYTE_MATCH_POSITIONAL_CONSTRAINT",
    BYTE_MATCH_TEXT_TRANSFORMATION: "BYTE_MATCH_TEXT_TRANSFORMATION",
    CHANGE_ACTION: "CHANGE_ACTION",
    GEO_MATCH_LOCATION_TYPE: "GEO_MATCH_LOCATION_TYPE",
    GEO_MATCH_LOCATION_VALUE: "GEO_MATCH_LOCATION_VALUE",
    IPSET_TYPE: "IPSET_TYPE",
    NEXT_MARKER: "NEXT_MARKER",
    PREDICATE_TYPE: "PREDICATE_TYPE",
    RATE_KEY: "RATE_KEY",
    RESOURCE_ARN: "RESOURCE_ARN",
    RULE_TYPE: "RULE_TYPE",
    SIZE_CONSTRAINT_COMPARISON_OPERATOR: "SIZE_CONSTRAINT_COMPARISON_OPERATOR",
    SQL_INJECTION_MATCH_FIELD_TYPE: "SQL_INJECTION_MATCH_FIELD_TYPE",
    TAGS: "TAGS",
    TAG_KEYS: "TAG_KEYS",
    WAF_ACTION: "WAF_ACTION",
    WAF_OVERRIDE_ACTION: "WAF_OVERRIDE_ACTION",
};
const ParameterExceptionReason = {
    ILLEGAL_ARGUMENT: "ILLEGAL_ARGUMENT",
    ILLEGAL_COMBINATION: "ILLEGAL_COMBINATION",
    INVALID_OPTION: "INVALID_OPTION",
    INVALID_TAG_KEY: "INVALID_TAG_KEY",
};
const GeoMatchConstraintType = {
    Country: "Country",
};
const GeoMatchConstraintValue = {
    AD: "AD",
    AE: "AE",
    AF: "AF",
    AG: "AG",
    AI: "AI",
    AL: "AL",
    AM: "AM",
    AO: "AO",
    AQ: "AQ",
    AR: "AR",
    AS: "AS",
    AT: "AT",
    AU: "AU",
    AW: "AW",
    AX: "AX",
    AZ: "AZ",
    BA: "BA",
    BB: "BB",
    BD: "BD",
    BE: "BE",
    BF: "BF",
    BG: "BG",
    BH: "BH",
    BI: "BI",
    BJ: "BJ",
    BL: "BL",
    BM: "BM",
    BN: "BN",
    BO: "BO",
    BQ: "BQ",
    BR: "BR",
    BS: "BS",
    BT: "BT",
    BV: "BV",
    BW: "BW",
    BY: "BY",
    BZ: "BZ",
    CA: "CA",
    CC: "CC",
    CD: "CD",
    CF: "CF",
    CG: "CG",
    CH: "CH",
    CI: "CI",
    CK: "CK",
    CL: "CL",
    CM: "CM",
    CN: "CN",
    CO: "CO",
    CR: "CR",
    CU: "CU",
    CV: "CV",
    CW: "CW",
    CX: "CX",
    CY: "CY",
    CZ: "CZ",
    DE: "DE",
    DJ: "DJ",
    DK: "DK",
    DM: "DM",
    DO: "DO",
    DZ: "DZ",
    EC: "EC",
    EE: "EE",
    EG: "EG",
    EH: "EH",
    ER: "ER",
    ES: "ES",
    ET: "ET",
    FI: "FI",
    FJ: "FJ",
    FK: "FK",
    FM: "FM",
    FO: "FO",
    FR: "FR",
    GA: "GA",
    GB: "GB",
    GD: "GD",
    GE: "GE",
    GF: "GF",
    GG: "GG",
    GH: "GH",
    GI: "GI",
    GL: "GL",
    GM: "GM",
    GN: "GN",
    GP: "GP",
    GQ: "GQ",
    GR: "GR",
    GS: "GS",
    GT: "GT",
    GU: "GU",
    GW: "GW",
    GY: "GY",
    HK: "HK",
    HM: "HM",
    HN: "HN",
    HR: "HR",
    HT: "HT",
    HU: "HU",
    ID: "ID",
    IE: "IE",
    IL: "IL",
    IM: "IM",
    IN: "IN",
    IO: "IO",
    IQ: "IQ",
    IR: "IR",
    IS: "IS",
    IT: "IT",
    JE: "JE",
    JM: "JM",
    JO: "JO",
    JP: "JP",
    KE: "KE",
    KG: "KG",
    KH: "KH",
    KI: "KI",
    KM: "KM",
    KN: "KN",
    KP: "KP",
    KR: "KR",
    KW: "KW",
    KY: "KY",
    KZ: "KZ",
    LA: "LA",
    LB: "LB",
    LC: "LC",
    LI: "LI",
    LK: "LK",
    LR: "LR",
    LS: "LS",
    LT: "LT",
    LU: "LU",
    LV: "LV",
    LY: "LY",
    MA: "MA",
    MC: "MC",
    MD: "MD",
    ME: "ME",
    MF: "MF",
    MG: "MG",
    MH: "MH",
    MK: "MK",
    ML: "ML",
    MM: "MM",
    MN: "MN",
    MO: "MO",
    MP: "MP",
    MQ: "MQ",
    MR: "MR",
    MS: "MS",
    MT: "MT",
    MU: "MU",
    MV: "MV",
    MW: "MW",
    MX: "MX",
    MY: "MY",
    MZ: "MZ",
    NA: "NA",
    NC: "NC",
    NE: "NE",
    NF: "NF",
    NG: "NG",
    NI: "NI",
    NL: "NL",
    NO: "NO",
    NP: "NP",
    NR: "NR",
    NU: "NU",
    NZ: "NZ",
    OM: "OM",
    PA: "PA",
    PE: "PE",
    PF: "PF",
    PG: "PG",
    PH: "PH",
    PK: "PK",
    PL: "PL",
    PM: "PM",
    PN: "PN",
    PR: "PR",
    PS: "PS",
    PT: "PT",
    PW: "PW",
    PY: "PY",
    QA: "QA",
    RE: "RE",
    RO: "RO",
    RS: "RS",
    RU: "RU",
    RW: "RW",
    SA: "SA",
    SB: "SB",
    SC: "SC",
    SD: "SD",
    SE: "SE",
    SG: "SG",
    SH: "SH",
    SI: "SI",
    SJ: "SJ",
    SK: "SK",
    SL: "SL",
    SM: "SM",
    SN: "SN",
    SO: "SO",
    SR: "SR",
    SS: "SS",
    ST: "ST",
    SV: "SV",
    SX: "SX",
    SY: "SY",
    SZ: "SZ",
    TC: "TC",
    TD: "TD",
    TF: "TF",
    TG: "TG",
    TH: "TH",
    TJ: "TJ",
    TK: "TK",
    TL: "TL",
    TM: "TM",
    TN: "TN",
    TO: "TO",
    TR: "TR",
    TT: "TT",
    TV: "TV",
    TW: "TW",
    TZ: "TZ",
    UA: "UA",
    UG: "UG",
    UM: "UM",
    US: "US",
    UY: "UY",
    UZ: "UZ",
    VA: "VA",
    VC: "VC",
    VE: "VE",
    VG: "VG",
    VI: "VI",
    VN: "VN",
    VU: "VU",
    WF: "WF",
    WS: "WS",
    YE: "YE",
    YT: "YT",
    ZA: "ZA",
    ZM: "ZM",
    ZW: "ZW",
};
const IPSetDescriptorType = {
    IPV4: "IPV4",
    IPV6: "IPV6",
};
const RateKey = {
    IP: "IP",
};
const PredicateType = {
    BYTE_MATCH: "ByteMatch",
    GEO_MATCH: "GeoMatch",
    IP_MATCH: "IPMatch",
    REGEX_MATCH: "RegexMatch",
    SIZE_CONSTRAINT: "SizeConstraint",
    SQL_INJECTION_MATCH: "SqlInjectionMatch",
    XSS_MATCH: "XssMatch",
};
const ComparisonOperator = {
    EQ: "EQ",
    GE: "GE",
    GT: "GT",
    LE: "LE",
    LT: "LT",
    NE: "NE",
};
const MigrationErrorType = {
    ENTITY_NOT_FOUND: "ENTITY_NOT_FOUND",
    ENTITY_NOT_SUPPORTED: "ENTITY_NOT_SUPPORTED",
    S3_BUCKET_INVALID_REGION: "S3_BUCKET_INVALID_REGION",
    S3_BUCKET_NOT_ACCESSIBLE: "S3_BUCKET_NOT_ACCESSIBLE",
    S3_BUCKET_NOT_FOUND: "S3_BUCKET_NOT_FOUND",
    S3_BUCKET_NO_PERMISSION: "S3_BUCKET_NO_PERMISSION",
    S3_INTERNAL_ERROR: "S3_INTERNAL_ERROR",
};
const ChangeTokenStatus = {
    INSYNC: "INSYNC",
    PENDING: "PENDING",
    PROVISIONED: "PROVISIONED",
};
const ChangeAction = {
    DELETE: "DELETE",
    INSERT: "INSERT",
};

exports.$Command = client.Command;
exports.__Client = client.Client;
exports.WAFServiceException = WAFServiceException.WAFServiceException;
exports.ChangeAction = ChangeAction;
exports.ChangeTokenStatus = ChangeTokenStatus;
exports.ComparisonOperator = ComparisonOperator;
exports.CreateByteMatchSetCommand = CreateByteMatchSetCommand;
exports.CreateGeoMatchSetCommand = CreateGeoMatchSetCommand;
exports.CreateIPSetCommand = CreateIPSetCommand;
exports.CreateRateBasedRuleCommand = CreateRateBasedRuleCommand;
exports.CreateRegexMatchSetCommand = CreateRegexMatchSetCommand;
exports.CreateRegexPatternSetCommand = CreateRegexPatternSetCommand;
exports.CreateRuleCommand = CreateRuleCommand;
exports.CreateRuleGroupCommand = CreateRuleGroupCommand;
exports.CreateSizeConstraintSetCommand = CreateSizeConstraintSetCommand;
exports.CreateSqlInjectionMatchSetCommand = CreateSqlInjectionMatchSetCommand;
exports.CreateWebACLCommand = CreateWebACLCommand;
exports.CreateWebACLMigrationStackCommand = CreateWebACLMigrationStackCommand;
exports.CreateXssMatchSetCommand = CreateXssMatchSetCommand;
exports.DeleteByteMatchSetCommand = DeleteByteMatchSetCommand;
exports.DeleteGeoMatchSetCommand = DeleteGeoMatchSetCommand;
exports.DeleteIPSetCommand = DeleteIPSetCommand;
exports.DeleteLoggingConfigurationCommand = DeleteLoggingConfigurationCommand;
exports.DeletePermissionPolicyCommand = DeletePermissionPolicyCommand;
exports.DeleteRateBasedRuleCommand = DeleteRateBasedRuleCommand;
exports.DeleteRegexMatchSetCommand = DeleteRegexMatchSetCommand;
exports.DeleteRegexPatternSetCommand = DeleteRegexPatternSetCommand;
exports.DeleteRuleCommand = DeleteRuleCommand;
exports.DeleteRuleGroupCommand = DeleteRuleGroupCommand;
exports.DeleteSizeConstraintSetCommand = DeleteSizeConstraintSetCommand;
exports.DeleteSqlInjectionMatchSetCommand = DeleteSqlInjectionMatchSetCommand;
exports.DeleteWebACLCommand = DeleteWebACLCommand;
exports.DeleteXssMatchSetCommand = DeleteXssMatchSetCommand;
exports.GeoMatchConstraintType = GeoMatchConstraintType;
exports.GeoMatchConstraintValue = GeoMatchConstraintValue;
exports.GetByteMatchSetCommand = GetByteMatchSetCommand;
exports.GetChangeTokenCommand = GetChangeTokenCommand;
exports.GetChangeTokenStatusCommand = GetChangeTokenStatusCommand;
exports.GetGeoMatchSetCommand = GetGeoMatchSetCommand;
exports.GetIPSetCommand = GetIPSetCommand;
exports.GetLoggingConfigurationCommand = GetLoggingConfigurationCommand;
exports.GetPermissionPolicyCommand = GetPermissionPolicyCommand;
exports.GetRateBasedRuleCommand = GetRateBasedRuleCommand;
exports.GetRateBasedRuleManagedKeysCommand = GetRateBasedRuleManagedKeysCommand;
exports.GetRegexMatchSetCommand = GetRegexMatchSetCommand;
exports.GetRegexPatternSetCommand = GetRegexPatternSetCommand;
exports.GetRuleCommand = GetRuleCommand;
exports.GetRuleGroupCommand = GetRuleGroupCommand;
exports.GetSampledRequestsCommand = GetSampledRequestsCommand;
exports.GetSizeConstraintSetCommand = GetSizeConstraintSetCommand;
exports.GetSqlInjectionMatchSetCommand = GetSqlInjectionMatchSetCommand;
exports.GetWebACLCommand = GetWebACLCommand;
exports.GetXssMatchSetCommand = GetXssMatchSetCommand;
exports.IPSetDescriptorType = IPSetDescriptorType;
exports.ListActivatedRulesInRuleGroupCommand = ListActivatedRulesInRuleGroupCommand;
exports.ListByteMatchSetsCommand = ListByteMatchSetsCommand;
exports.ListGeoMatchSetsCommand = ListGeoMatchSetsCommand;
exports.ListIPSetsCommand = ListIPSetsCommand;
exports.ListLoggingConfigurationsCommand = ListLoggingConfigurationsCommand;
exports.ListRateBasedRulesCommand = ListRateBasedRulesCommand;
exports.ListRegexMatchSetsCommand = ListRegexMatchSetsCommand;
exports.ListRegexPatternSetsCommand = ListRegexPatternSetsCommand;
exports.ListRuleGroupsCommand = ListRuleGroupsCommand;
exports.ListRulesCommand = ListRulesCommand;
exports.ListSizeConstraintSetsCommand = ListSizeConstraintSetsCommand;
exports.ListSqlInjectionMatchSetsCommand = ListSqlInjectionMatchSetsCommand;
exports.ListSubscribedRuleGroupsCommand = ListSubscribedRuleGroupsCommand;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ListWebACLsCommand = ListWebACLsCommand;
exports.ListXssMatchSetsCommand = ListXssMatchSetsCommand;
exports.MatchFieldType = MatchFieldType;
exports.MigrationErrorType = MigrationErrorType;
exports.ParameterExceptionField = ParameterExceptionField;
exports.ParameterExceptionReason = ParameterExceptionReason;
exports.PositionalConstraint = PositionalConstraint;
exports.PredicateType = PredicateType;
exports.PutLoggingConfigurationCommand = PutLoggingConfigurationCommand;
exports.PutPermissionPolicyCommand = PutPermissionPolicyCommand;
exports.RateKey = RateKey;
exports.TagResourceCommand = TagResourceCommand;
exports.TextTransformation = TextTransformation;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UpdateByteMatchSetCommand = UpdateByteMatchSetCommand;
exports.UpdateGeoMatchSetCommand = UpdateGeoMatchSetCommand;
exports.UpdateIPSetCommand = UpdateIPSetCommand;
exports.UpdateRateBasedRuleCommand = UpdateRateBasedRuleCommand;
exports.UpdateRegexMatchSetCommand = UpdateRegexMatchSetCommand;
exports.UpdateRegexPatternSetCommand = UpdateRegexPatternSetCommand;
exports.UpdateRuleCommand = UpdateRuleCommand;
exports.UpdateRuleGroupCommand = UpdateRuleGroupCommand;
exports.UpdateSizeConstraintSetCommand = UpdateSizeConstraintSetCommand;
exports.UpdateSqlInjectionMatchSetCommand = UpdateSqlInjectionMatchSetCommand;
exports.UpdateWebACLCommand = UpdateWebACLCommand;
exports.UpdateXssMatchSetCommand = UpdateXssMatchSetCommand;
exports.WAF = WAF;
exports.WAFClient = WAFClient;
exports.WafActionType = WafActionType;
exports.WafOverrideActionType = WafOverrideActionType;
exports.WafRuleType = WafRuleType;
Object.prototype.hasOwnProperty.call(schemas_0, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: schemas_0['__proto__']
    });

Object.keys(schemas_0).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = schemas_0[k];
});
Object.prototype.hasOwnProperty.call(errors, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: errors['__proto__']
    });

Object.keys(errors).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = errors[k];
});


/***/ }),

/***/ 64174:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WAFServiceException = exports.__ServiceException = void 0;
const client_1 = __webpack_require__(92658);
Object.defineProperty(exports, "__ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
class WAFServiceException extends client_1.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, WAFServiceException.prototype);
    }
}
exports.WAFServiceException = WAFServiceException;


/***/ }),

/***/ 3565:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WAFSubscriptionNotFoundException = exports.WAFInvalidRegexPatternException = exports.WAFNonexistentContainerException = exports.WAFInvalidPermissionPolicyException = exports.WAFServiceLinkedRoleErrorException = exports.WAFReferencedItemException = exports.WAFNonEmptyEntityException = exports.WAFNonexistentItemException = exports.WAFInvalidOperationException = exports.WAFEntityMigrationException = exports.WAFTagOperationInternalErrorException = exports.WAFTagOperationException = exports.WAFBadRequestException = exports.WAFStaleDataException = exports.WAFLimitsExceededException = exports.WAFInvalidParameterException = exports.WAFInvalidAccountException = exports.WAFInternalErrorException = exports.WAFDisallowedNameException = void 0;
const WAFServiceException_1 = __webpack_require__(64174);
class WAFDisallowedNameException extends WAFServiceException_1.WAFServiceException {
    name = "WAFDisallowedNameException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFDisallowedNameException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFDisallowedNameException.prototype);
    }
}
exports.WAFDisallowedNameException = WAFDisallowedNameException;
class WAFInternalErrorException extends WAFServiceException_1.WAFServiceException {
    name = "WAFInternalErrorException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "WAFInternalErrorException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInternalErrorException.prototype);
    }
}
exports.WAFInternalErrorException = WAFInternalErrorException;
class WAFInvalidAccountException extends WAFServiceException_1.WAFServiceException {
    name = "WAFInvalidAccountException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFInvalidAccountException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidAccountException.prototype);
    }
}
exports.WAFInvalidAccountException = WAFInvalidAccountException;
class WAFInvalidParameterException extends WAFServiceException_1.WAFServiceException {
    name = "WAFInvalidParameterException";
    $fault = "client";
    field;
    parameter;
    reason;
    constructor(opts) {
        super({
            name: "WAFInvalidParameterException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidParameterException.prototype);
        this.field = opts.field;
        this.parameter = opts.parameter;
        this.reason = opts.reason;
    }
}
exports.WAFInvalidParameterException = WAFInvalidParameterException;
class WAFLimitsExceededException extends WAFServiceException_1.WAFServiceException {
    name = "WAFLimitsExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFLimitsExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFLimitsExceededException.prototype);
    }
}
exports.WAFLimitsExceededException = WAFLimitsExceededException;
class WAFStaleDataException extends WAFServiceException_1.WAFServiceException {
    name = "WAFStaleDataException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFStaleDataException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFStaleDataException.prototype);
    }
}
exports.WAFStaleDataException = WAFStaleDataException;
class WAFBadRequestException extends WAFServiceException_1.WAFServiceException {
    name = "WAFBadRequestException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFBadRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFBadRequestException.prototype);
    }
}
exports.WAFBadRequestException = WAFBadRequestException;
class WAFTagOperationException extends WAFServiceException_1.WAFServiceException {
    name = "WAFTagOperationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFTagOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFTagOperationException.prototype);
    }
}
exports.WAFTagOperationException = WAFTagOperationException;
class WAFTagOperationInternalErrorException extends WAFServiceException_1.WAFServiceException {
    name = "WAFTagOperationInternalErrorException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "WAFTagOperationInternalErrorException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFTagOperationInternalErrorException.prototype);
    }
}
exports.WAFTagOperationInternalErrorException = WAFTagOperationInternalErrorException;
class WAFEntityMigrationException extends WAFServiceException_1.WAFServiceException {
    name = "WAFEntityMigrationException";
    $fault = "client";
    MigrationErrorType;
    MigrationErrorReason;
    constructor(opts) {
        super({
            name: "WAFEntityMigrationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFEntityMigrationException.prototype);
        this.MigrationErrorType = opts.MigrationErrorType;
        this.MigrationErrorReason = opts.MigrationErrorReason;
    }
}
exports.WAFEntityMigrationException = WAFEntityMigrationException;
class WAFInvalidOperationException extends WAFServiceException_1.WAFServiceException {
    name = "WAFInvalidOperationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFInvalidOperationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidOperationException.prototype);
    }
}
exports.WAFInvalidOperationException = WAFInvalidOperationException;
class WAFNonexistentItemException extends WAFServiceException_1.WAFServiceException {
    name = "WAFNonexistentItemException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFNonexistentItemException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFNonexistentItemException.prototype);
    }
}
exports.WAFNonexistentItemException = WAFNonexistentItemException;
class WAFNonEmptyEntityException extends WAFServiceException_1.WAFServiceException {
    name = "WAFNonEmptyEntityException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFNonEmptyEntityException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFNonEmptyEntityException.prototype);
    }
}
exports.WAFNonEmptyEntityException = WAFNonEmptyEntityException;
class WAFReferencedItemException extends WAFServiceException_1.WAFServiceException {
    name = "WAFReferencedItemException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFReferencedItemException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFReferencedItemException.prototype);
    }
}
exports.WAFReferencedItemException = WAFReferencedItemException;
class WAFServiceLinkedRoleErrorException extends WAFServiceException_1.WAFServiceException {
    name = "WAFServiceLinkedRoleErrorException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFServiceLinkedRoleErrorException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFServiceLinkedRoleErrorException.prototype);
    }
}
exports.WAFServiceLinkedRoleErrorException = WAFServiceLinkedRoleErrorException;
class WAFInvalidPermissionPolicyException extends WAFServiceException_1.WAFServiceException {
    name = "WAFInvalidPermissionPolicyException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFInvalidPermissionPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidPermissionPolicyException.prototype);
    }
}
exports.WAFInvalidPermissionPolicyException = WAFInvalidPermissionPolicyException;
class WAFNonexistentContainerException extends WAFServiceException_1.WAFServiceException {
    name = "WAFNonexistentContainerException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFNonexistentContainerException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFNonexistentContainerException.prototype);
    }
}
exports.WAFNonexistentContainerException = WAFNonexistentContainerException;
class WAFInvalidRegexPatternException extends WAFServiceException_1.WAFServiceException {
    name = "WAFInvalidRegexPatternException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFInvalidRegexPatternException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFInvalidRegexPatternException.prototype);
    }
}
exports.WAFInvalidRegexPatternException = WAFInvalidRegexPatternException;
class WAFSubscriptionNotFoundException extends WAFServiceException_1.WAFServiceException {
    name = "WAFSubscriptionNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WAFSubscriptionNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WAFSubscriptionNotFoundException.prototype);
    }
}
exports.WAFSubscriptionNotFoundException = WAFSubscriptionNotFoundException;


/***/ }),

/***/ 11755:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const tslib_1 = __webpack_require__(61860);
const package_json_1 = tslib_1.__importDefault(__webpack_require__(54205));
const client_1 = __webpack_require__(5152);
const httpAuthSchemes_1 = __webpack_require__(97523);
const credential_provider_node_1 = __webpack_require__(5861);
const client_2 = __webpack_require__(92658);
const config_1 = __webpack_require__(47291);
const retry_1 = __webpack_require__(23609);
const serde_1 = __webpack_require__(92430);
const node_http_handler_1 = __webpack_require__(61279);
const runtimeConfig_shared_1 = __webpack_require__(61592);
const getRuntimeConfig = (config) => {
    (0, client_2.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0, config_1.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(client_2.loadConfigsForDefaultMode);
    const clientSharedValues = (0, runtimeConfig_shared_1.getRuntimeConfig)(config);
    (0, client_1.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, config_1.loadConfig)(httpAuthSchemes_1.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde_1.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_1.defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, client_1.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_json_1.default.version }),
        maxAttempts: config?.maxAttempts ?? (0, config_1.loadConfig)(retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, config_1.loadConfig)(config_1.NODE_REGION_CONFIG_OPTIONS, { ...config_1.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_1.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0, config_1.loadConfig)({
                ...retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry_1.DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? serde_1.Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_1.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, config_1.loadConfig)(config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, config_1.loadConfig)(client_1.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 61592:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const httpAuthSchemes_1 = __webpack_require__(97523);
const protocols_1 = __webpack_require__(37288);
const client_1 = __webpack_require__(92658);
const protocols_2 = __webpack_require__(93422);
const serde_1 = __webpack_require__(92430);
const httpAuthSchemeProvider_1 = __webpack_require__(39514);
const endpointResolver_1 = __webpack_require__(9828);
const schemas_0_1 = __webpack_require__(89433);
const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2015-08-24",
        base64Decoder: config?.base64Decoder ?? serde_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultWAFHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes_1.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new client_1.NoOpLogger(),
        protocol: config?.protocol ?? protocols_1.AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.waf",
            errorTypeRegistries: schemas_0_1.errorTypeRegistries,
            xmlNamespace: "http://waf.amazonaws.com/doc/2015-08-24/",
            version: "2015-08-24",
            serviceTarget: "AWSWAF_20150824",
        },
        serviceId: config?.serviceId ?? "WAF",
        urlParser: config?.urlParser ?? protocols_2.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? serde_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde_1.toUtf8,
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 89433:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CreateWebACLResponse$ = exports.CreateWebACLRequest$ = exports.CreateWebACLMigrationStackResponse$ = exports.CreateWebACLMigrationStackRequest$ = exports.CreateSqlInjectionMatchSetResponse$ = exports.CreateSqlInjectionMatchSetRequest$ = exports.CreateSizeConstraintSetResponse$ = exports.CreateSizeConstraintSetRequest$ = exports.CreateRuleResponse$ = exports.CreateRuleRequest$ = exports.CreateRuleGroupResponse$ = exports.CreateRuleGroupRequest$ = exports.CreateRegexPatternSetResponse$ = exports.CreateRegexPatternSetRequest$ = exports.CreateRegexMatchSetResponse$ = exports.CreateRegexMatchSetRequest$ = exports.CreateRateBasedRuleResponse$ = exports.CreateRateBasedRuleRequest$ = exports.CreateIPSetResponse$ = exports.CreateIPSetRequest$ = exports.CreateGeoMatchSetResponse$ = exports.CreateGeoMatchSetRequest$ = exports.CreateByteMatchSetResponse$ = exports.CreateByteMatchSetRequest$ = exports.ByteMatchTuple$ = exports.ByteMatchSetUpdate$ = exports.ByteMatchSetSummary$ = exports.ByteMatchSet$ = exports.ActivatedRule$ = exports.errorTypeRegistries = exports.WAFTagOperationInternalErrorException$ = exports.WAFTagOperationException$ = exports.WAFSubscriptionNotFoundException$ = exports.WAFStaleDataException$ = exports.WAFServiceLinkedRoleErrorException$ = exports.WAFReferencedItemException$ = exports.WAFNonexistentItemException$ = exports.WAFNonexistentContainerException$ = exports.WAFNonEmptyEntityException$ = exports.WAFLimitsExceededException$ = exports.WAFInvalidRegexPatternException$ = exports.WAFInvalidPermissionPolicyException$ = exports.WAFInvalidParameterException$ = exports.WAFInvalidOperationException$ = exports.WAFInvalidAccountException$ = exports.WAFInternalErrorException$ = exports.WAFEntityMigrationException$ = exports.WAFDisallowedNameException$ = exports.WAFBadRequestException$ = exports.WAFServiceException$ = void 0;
exports.GetPermissionPolicyResponse$ = exports.GetPermissionPolicyRequest$ = exports.GetLoggingConfigurationResponse$ = exports.GetLoggingConfigurationRequest$ = exports.GetIPSetResponse$ = exports.GetIPSetRequest$ = exports.GetGeoMatchSetResponse$ = exports.GetGeoMatchSetRequest$ = exports.GetChangeTokenStatusResponse$ = exports.GetChangeTokenStatusRequest$ = exports.GetChangeTokenResponse$ = exports.GetChangeTokenRequest$ = exports.GetByteMatchSetResponse$ = exports.GetByteMatchSetRequest$ = exports.GeoMatchSetUpdate$ = exports.GeoMatchSetSummary$ = exports.GeoMatchSet$ = exports.GeoMatchConstraint$ = exports.FieldToMatch$ = exports.ExcludedRule$ = exports.DeleteXssMatchSetResponse$ = exports.DeleteXssMatchSetRequest$ = exports.DeleteWebACLResponse$ = exports.DeleteWebACLRequest$ = exports.DeleteSqlInjectionMatchSetResponse$ = exports.DeleteSqlInjectionMatchSetRequest$ = exports.DeleteSizeConstraintSetResponse$ = exports.DeleteSizeConstraintSetRequest$ = exports.DeleteRuleResponse$ = exports.DeleteRuleRequest$ = exports.DeleteRuleGroupResponse$ = exports.DeleteRuleGroupRequest$ = exports.DeleteRegexPatternSetResponse$ = exports.DeleteRegexPatternSetRequest$ = exports.DeleteRegexMatchSetResponse$ = exports.DeleteRegexMatchSetRequest$ = exports.DeleteRateBasedRuleResponse$ = exports.DeleteRateBasedRuleRequest$ = exports.DeletePermissionPolicyResponse$ = exports.DeletePermissionPolicyRequest$ = exports.DeleteLoggingConfigurationResponse$ = exports.DeleteLoggingConfigurationRequest$ = exports.DeleteIPSetResponse$ = exports.DeleteIPSetRequest$ = exports.DeleteGeoMatchSetResponse$ = exports.DeleteGeoMatchSetRequest$ = exports.DeleteByteMatchSetResponse$ = exports.DeleteByteMatchSetRequest$ = exports.CreateXssMatchSetResponse$ = exports.CreateXssMatchSetRequest$ = void 0;
exports.ListSizeConstraintSetsResponse$ = exports.ListSizeConstraintSetsRequest$ = exports.ListRulesResponse$ = exports.ListRulesRequest$ = exports.ListRuleGroupsResponse$ = exports.ListRuleGroupsRequest$ = exports.ListRegexPatternSetsResponse$ = exports.ListRegexPatternSetsRequest$ = exports.ListRegexMatchSetsResponse$ = exports.ListRegexMatchSetsRequest$ = exports.ListRateBasedRulesResponse$ = exports.ListRateBasedRulesRequest$ = exports.ListLoggingConfigurationsResponse$ = exports.ListLoggingConfigurationsRequest$ = exports.ListIPSetsResponse$ = exports.ListIPSetsRequest$ = exports.ListGeoMatchSetsResponse$ = exports.ListGeoMatchSetsRequest$ = exports.ListByteMatchSetsResponse$ = exports.ListByteMatchSetsRequest$ = exports.ListActivatedRulesInRuleGroupResponse$ = exports.ListActivatedRulesInRuleGroupRequest$ = exports.IPSetUpdate$ = exports.IPSetSummary$ = exports.IPSetDescriptor$ = exports.IPSet$ = exports.HTTPRequest$ = exports.HTTPHeader$ = exports.GetXssMatchSetResponse$ = exports.GetXssMatchSetRequest$ = exports.GetWebACLResponse$ = exports.GetWebACLRequest$ = exports.GetSqlInjectionMatchSetResponse$ = exports.GetSqlInjectionMatchSetRequest$ = exports.GetSizeConstraintSetResponse$ = exports.GetSizeConstraintSetRequest$ = exports.GetSampledRequestsResponse$ = exports.GetSampledRequestsRequest$ = exports.GetRuleResponse$ = exports.GetRuleRequest$ = exports.GetRuleGroupResponse$ = exports.GetRuleGroupRequest$ = exports.GetRegexPatternSetResponse$ = exports.GetRegexPatternSetRequest$ = exports.GetRegexMatchSetResponse$ = exports.GetRegexMatchSetRequest$ = exports.GetRateBasedRuleResponse$ = exports.GetRateBasedRuleRequest$ = exports.GetRateBasedRuleManagedKeysResponse$ = exports.GetRateBasedRuleManagedKeysRequest$ = void 0;
exports.UpdateGeoMatchSetRequest$ = exports.UpdateByteMatchSetResponse$ = exports.UpdateByteMatchSetRequest$ = exports.UntagResourceResponse$ = exports.UntagResourceRequest$ = exports.TimeWindow$ = exports.TagResourceResponse$ = exports.TagResourceRequest$ = exports.TagInfoForResource$ = exports.Tag$ = exports.SubscribedRuleGroupSummary$ = exports.SqlInjectionMatchTuple$ = exports.SqlInjectionMatchSetUpdate$ = exports.SqlInjectionMatchSetSummary$ = exports.SqlInjectionMatchSet$ = exports.SizeConstraintSetUpdate$ = exports.SizeConstraintSetSummary$ = exports.SizeConstraintSet$ = exports.SizeConstraint$ = exports.SampledHTTPRequest$ = exports.RuleUpdate$ = exports.RuleSummary$ = exports.RuleGroupUpdate$ = exports.RuleGroupSummary$ = exports.RuleGroup$ = exports.Rule$ = exports.RegexPatternSetUpdate$ = exports.RegexPatternSetSummary$ = exports.RegexPatternSet$ = exports.RegexMatchTuple$ = exports.RegexMatchSetUpdate$ = exports.RegexMatchSetSummary$ = exports.RegexMatchSet$ = exports.RateBasedRule$ = exports.PutPermissionPolicyResponse$ = exports.PutPermissionPolicyRequest$ = exports.PutLoggingConfigurationResponse$ = exports.PutLoggingConfigurationRequest$ = exports.Predicate$ = exports.LoggingConfiguration$ = exports.ListXssMatchSetsResponse$ = exports.ListXssMatchSetsRequest$ = exports.ListWebACLsResponse$ = exports.ListWebACLsRequest$ = exports.ListTagsForResourceResponse$ = exports.ListTagsForResourceRequest$ = exports.ListSubscribedRuleGroupsResponse$ = exports.ListSubscribedRuleGroupsRequest$ = exports.ListSqlInjectionMatchSetsResponse$ = exports.ListSqlInjectionMatchSetsRequest$ = void 0;
exports.DeleteRegexMatchSet$ = exports.DeleteRateBasedRule$ = exports.DeletePermissionPolicy$ = exports.DeleteLoggingConfiguration$ = exports.DeleteIPSet$ = exports.DeleteGeoMatchSet$ = exports.DeleteByteMatchSet$ = exports.CreateXssMatchSet$ = exports.CreateWebACLMigrationStack$ = exports.CreateWebACL$ = exports.CreateSqlInjectionMatchSet$ = exports.CreateSizeConstraintSet$ = exports.CreateRuleGroup$ = exports.CreateRule$ = exports.CreateRegexPatternSet$ = exports.CreateRegexMatchSet$ = exports.CreateRateBasedRule$ = exports.CreateIPSet$ = exports.CreateGeoMatchSet$ = exports.CreateByteMatchSet$ = exports.XssMatchTuple$ = exports.XssMatchSetUpdate$ = exports.XssMatchSetSummary$ = exports.XssMatchSet$ = exports.WebACLUpdate$ = exports.WebACLSummary$ = exports.WebACL$ = exports.WafOverrideAction$ = exports.WafAction$ = exports.UpdateXssMatchSetResponse$ = exports.UpdateXssMatchSetRequest$ = exports.UpdateWebACLResponse$ = exports.UpdateWebACLRequest$ = exports.UpdateSqlInjectionMatchSetResponse$ = exports.UpdateSqlInjectionMatchSetRequest$ = exports.UpdateSizeConstraintSetResponse$ = exports.UpdateSizeConstraintSetRequest$ = exports.UpdateRuleResponse$ = exports.UpdateRuleRequest$ = exports.UpdateRuleGroupResponse$ = exports.UpdateRuleGroupRequest$ = exports.UpdateRegexPatternSetResponse$ = exports.UpdateRegexPatternSetRequest$ = exports.UpdateRegexMatchSetResponse$ = exports.UpdateRegexMatchSetRequest$ = exports.UpdateRateBasedRuleResponse$ = exports.UpdateRateBasedRuleRequest$ = exports.UpdateIPSetResponse$ = exports.UpdateIPSetRequest$ = exports.UpdateGeoMatchSetResponse$ = void 0;
exports.UpdateRegexMatchSet$ = exports.UpdateRateBasedRule$ = exports.UpdateIPSet$ = exports.UpdateGeoMatchSet$ = exports.UpdateByteMatchSet$ = exports.UntagResource$ = exports.TagResource$ = exports.PutPermissionPolicy$ = exports.PutLoggingConfiguration$ = exports.ListXssMatchSets$ = exports.ListWebACLs$ = exports.ListTagsForResource$ = exports.ListSubscribedRuleGroups$ = exports.ListSqlInjectionMatchSets$ = exports.ListSizeConstraintSets$ = exports.ListRules$ = exports.ListRuleGroups$ = exports.ListRegexPatternSets$ = exports.ListRegexMatchSets$ = exports.ListRateBasedRules$ = exports.ListLoggingConfigurations$ = exports.ListIPSets$ = exports.ListGeoMatchSets$ = exports.ListByteMatchSets$ = exports.ListActivatedRulesInRuleGroup$ = exports.GetXssMatchSet$ = exports.GetWebACL$ = exports.GetSqlInjectionMatchSet$ = exports.GetSizeConstraintSet$ = exports.GetSampledRequests$ = exports.GetRuleGroup$ = exports.GetRule$ = exports.GetRegexPatternSet$ = exports.GetRegexMatchSet$ = exports.GetRateBasedRuleManagedKeys$ = exports.GetRateBasedRule$ = exports.GetPermissionPolicy$ = exports.GetLoggingConfiguration$ = exports.GetIPSet$ = exports.GetGeoMatchSet$ = exports.GetChangeTokenStatus$ = exports.GetChangeToken$ = exports.GetByteMatchSet$ = exports.DeleteXssMatchSet$ = exports.DeleteWebACL$ = exports.DeleteSqlInjectionMatchSet$ = exports.DeleteSizeConstraintSet$ = exports.DeleteRuleGroup$ = exports.DeleteRule$ = exports.DeleteRegexPatternSet$ = void 0;
exports.UpdateXssMatchSet$ = exports.UpdateWebACL$ = exports.UpdateSqlInjectionMatchSet$ = exports.UpdateSizeConstraintSet$ = exports.UpdateRuleGroup$ = exports.UpdateRule$ = exports.UpdateRegexPatternSet$ = void 0;
const _A = "Action";
const _AR = "ActivatedRule";
const _ARc = "ActivatedRules";
const _BMS = "ByteMatchSet";
const _BMSI = "ByteMatchSetId";
const _BMSS = "ByteMatchSetSummary";
const _BMSSy = "ByteMatchSetSummaries";
const _BMSU = "ByteMatchSetUpdate";
const _BMSUy = "ByteMatchSetUpdates";
const _BMSy = "ByteMatchSets";
const _BMT = "ByteMatchTuples";
const _BMTy = "ByteMatchTuple";
const _C = "Country";
const _CBMS = "CreateByteMatchSet";
const _CBMSR = "CreateByteMatchSetRequest";
const _CBMSRr = "CreateByteMatchSetResponse";
const _CGMS = "CreateGeoMatchSet";
const _CGMSR = "CreateGeoMatchSetRequest";
const _CGMSRr = "CreateGeoMatchSetResponse";
const _CIP = "ClientIP";
const _CIPS = "CreateIPSet";
const _CIPSR = "CreateIPSetRequest";
const _CIPSRr = "CreateIPSetResponse";
const _CO = "ComparisonOperator";
const _CR = "CreateRule";
const _CRBR = "CreateRateBasedRule";
const _CRBRR = "CreateRateBasedRuleRequest";
const _CRBRRr = "CreateRateBasedRuleResponse";
const _CRG = "CreateRuleGroup";
const _CRGR = "CreateRuleGroupRequest";
const _CRGRr = "CreateRuleGroupResponse";
const _CRMS = "CreateRegexMatchSet";
const _CRMSR = "CreateRegexMatchSetRequest";
const _CRMSRr = "CreateRegexMatchSetResponse";
const _CRPS = "CreateRegexPatternSet";
const _CRPSR = "CreateRegexPatternSetRequest";
const _CRPSRr = "CreateRegexPatternSetResponse";
const _CRR = "CreateRuleRequest";
const _CRRr = "CreateRuleResponse";
const _CSCS = "CreateSizeConstraintSet";
const _CSCSR = "CreateSizeConstraintSetRequest";
const _CSCSRr = "CreateSizeConstraintSetResponse";
const _CSIMS = "CreateSqlInjectionMatchSet";
const _CSIMSR = "CreateSqlInjectionMatchSetRequest";
const _CSIMSRr = "CreateSqlInjectionMatchSetResponse";
const _CT = "ChangeToken";
const _CTS = "ChangeTokenStatus";
const _CWACL = "CreateWebACL";
const _CWACLMS = "CreateWebACLMigrationStack";
const _CWACLMSR = "CreateWebACLMigrationStackRequest";
const _CWACLMSRr = "CreateWebACLMigrationStackResponse";
const _CWACLR = "CreateWebACLRequest";
const _CWACLRr = "CreateWebACLResponse";
const _CXMS = "CreateXssMatchSet";
const _CXMSR = "CreateXssMatchSetRequest";
const _CXMSRr = "CreateXssMatchSetResponse";
const _D = "Data";
const _DA = "DefaultAction";
const _DBMS = "DeleteByteMatchSet";
const _DBMSR = "DeleteByteMatchSetRequest";
const _DBMSRe = "DeleteByteMatchSetResponse";
const _DGMS = "DeleteGeoMatchSet";
const _DGMSR = "DeleteGeoMatchSetRequest";
const _DGMSRe = "DeleteGeoMatchSetResponse";
const _DI = "DataId";
const _DIPS = "DeleteIPSet";
const _DIPSR = "DeleteIPSetRequest";
const _DIPSRe = "DeleteIPSetResponse";
const _DLC = "DeleteLoggingConfiguration";
const _DLCR = "DeleteLoggingConfigurationRequest";
const _DLCRe = "DeleteLoggingConfigurationResponse";
const _DPP = "DeletePermissionPolicy";
const _DPPR = "DeletePermissionPolicyRequest";
const _DPPRe = "DeletePermissionPolicyResponse";
const _DR = "DeleteRule";
const _DRBR = "DeleteRateBasedRule";
const _DRBRR = "DeleteRateBasedRuleRequest";
const _DRBRRe = "DeleteRateBasedRuleResponse";
const _DRG = "DeleteRuleGroup";
const _DRGR = "DeleteRuleGroupRequest";
const _DRGRe = "DeleteRuleGroupResponse";
const _DRMS = "DeleteRegexMatchSet";
const _DRMSR = "DeleteRegexMatchSetRequest";
const _DRMSRe = "DeleteRegexMatchSetResponse";
const _DRPS = "DeleteRegexPatternSet";
const _DRPSR = "DeleteRegexPatternSetRequest";
const _DRPSRe = "DeleteRegexPatternSetResponse";
const _DRR = "DeleteRuleRequest";
const _DRRe = "DeleteRuleResponse";
const _DSCS = "DeleteSizeConstraintSet";
const _DSCSR = "DeleteSizeConstraintSetRequest";
const _DSCSRe = "DeleteSizeConstraintSetResponse";
const _DSIMS = "DeleteSqlInjectionMatchSet";
const _DSIMSR = "DeleteSqlInjectionMatchSetRequest";
const _DSIMSRe = "DeleteSqlInjectionMatchSetResponse";
const _DWACL = "DeleteWebACL";
const _DWACLR = "DeleteWebACLRequest";
const _DWACLRe = "DeleteWebACLResponse";
const _DXMS = "DeleteXssMatchSet";
const _DXMSR = "DeleteXssMatchSetRequest";
const _DXMSRe = "DeleteXssMatchSetResponse";
const _ER = "ExcludedRules";
const _ERx = "ExcludedRule";
const _ET = "EndTime";
const _FTM = "FieldToMatch";
const _GBMS = "GetByteMatchSet";
const _GBMSR = "GetByteMatchSetRequest";
const _GBMSRe = "GetByteMatchSetResponse";
const _GCT = "GetChangeToken";
const _GCTR = "GetChangeTokenRequest";
const _GCTRe = "GetChangeTokenResponse";
const _GCTS = "GetChangeTokenStatus";
const _GCTSR = "GetChangeTokenStatusRequest";
const _GCTSRe = "GetChangeTokenStatusResponse";
const _GGMS = "GetGeoMatchSet";
const _GGMSR = "GetGeoMatchSetRequest";
const _GGMSRe = "GetGeoMatchSetResponse";
const _GIPS = "GetIPSet";
const _GIPSR = "GetIPSetRequest";
const _GIPSRe = "GetIPSetResponse";
const _GLC = "GetLoggingConfiguration";
const _GLCR = "GetLoggingConfigurationRequest";
const _GLCRe = "GetLoggingConfigurationResponse";
const _GMC = "GeoMatchConstraint";
const _GMCe = "GeoMatchConstraints";
const _GMS = "GeoMatchSet";
const _GMSI = "GeoMatchSetId";
const _GMSS = "GeoMatchSetSummary";
const _GMSSe = "GeoMatchSetSummaries";
const _GMSU = "GeoMatchSetUpdate";
const _GMSUe = "GeoMatchSetUpdates";
const _GMSe = "GeoMatchSets";
const _GPP = "GetPermissionPolicy";
const _GPPR = "GetPermissionPolicyRequest";
const _GPPRe = "GetPermissionPolicyResponse";
const _GR = "GetRule";
const _GRBR = "GetRateBasedRule";
const _GRBRMK = "GetRateBasedRuleManagedKeys";
const _GRBRMKR = "GetRateBasedRuleManagedKeysRequest";
const _GRBRMKRe = "GetRateBasedRuleManagedKeysResponse";
const _GRBRR = "GetRateBasedRuleRequest";
const _GRBRRe = "GetRateBasedRuleResponse";
const _GRG = "GetRuleGroup";
const _GRGR = "GetRuleGroupRequest";
const _GRGRe = "GetRuleGroupResponse";
const _GRMS = "GetRegexMatchSet";
const _GRMSR = "GetRegexMatchSetRequest";
const _GRMSRe = "GetRegexMatchSetResponse";
const _GRPS = "GetRegexPatternSet";
const _GRPSR = "GetRegexPatternSetRequest";
const _GRPSRe = "GetRegexPatternSetResponse";
const _GRR = "GetRuleRequest";
const _GRRe = "GetRuleResponse";
const _GSCS = "GetSizeConstraintSet";
const _GSCSR = "GetSizeConstraintSetRequest";
const _GSCSRe = "GetSizeConstraintSetResponse";
const _GSIMS = "GetSqlInjectionMatchSet";
const _GSIMSR = "GetSqlInjectionMatchSetRequest";
const _GSIMSRe = "GetSqlInjectionMatchSetResponse";
const _GSR = "GetSampledRequests";
const _GSRR = "GetSampledRequestsRequest";
const _GSRRe = "GetSampledRequestsResponse";
const _GWACL = "GetWebACL";
const _GWACLR = "GetWebACLRequest";
const _GWACLRe = "GetWebACLResponse";
const _GXMS = "GetXssMatchSet";
const _GXMSR = "GetXssMatchSetRequest";
const _GXMSRe = "GetXssMatchSetResponse";
const _H = "Headers";
const _HTTPH = "HTTPHeader";
const _HTTPHe = "HTTPHeaders";
const _HTTPR = "HTTPRequest";
const _HTTPV = "HTTPVersion";
const _IPS = "IPSet";
const _IPSD = "IPSetDescriptors";
const _IPSDe = "IPSetDescriptor";
const _IPSI = "IPSetId";
const _IPSS = "IPSetSummary";
const _IPSSe = "IPSetSummaries";
const _IPSU = "IPSetUpdate";
const _IPSUe = "IPSetUpdates";
const _IPSe = "IPSets";
const _IUT = "IgnoreUnsupportedType";
const _K = "Key";
const _L = "Limit";
const _LARIRG = "ListActivatedRulesInRuleGroup";
const _LARIRGR = "ListActivatedRulesInRuleGroupRequest";
const _LARIRGRi = "ListActivatedRulesInRuleGroupResponse";
const _LBMS = "ListByteMatchSets";
const _LBMSR = "ListByteMatchSetsRequest";
const _LBMSRi = "ListByteMatchSetsResponse";
const _LC = "LoggingConfiguration";
const _LCo = "LoggingConfigurations";
const _LDC = "LogDestinationConfigs";
const _LGMS = "ListGeoMatchSets";
const _LGMSR = "ListGeoMatchSetsRequest";
const _LGMSRi = "ListGeoMatchSetsResponse";
const _LIPS = "ListIPSets";
const _LIPSR = "ListIPSetsRequest";
const _LIPSRi = "ListIPSetsResponse";
const _LLC = "ListLoggingConfigurations";
const _LLCR = "ListLoggingConfigurationsRequest";
const _LLCRi = "ListLoggingConfigurationsResponse";
const _LR = "ListRules";
const _LRBR = "ListRateBasedRules";
const _LRBRR = "ListRateBasedRulesRequest";
const _LRBRRi = "ListRateBasedRulesResponse";
const _LRG = "ListRuleGroups";
const _LRGR = "ListRuleGroupsRequest";
const _LRGRi = "ListRuleGroupsResponse";
const _LRMS = "ListRegexMatchSets";
const _LRMSR = "ListRegexMatchSetsRequest";
const _LRMSRi = "ListRegexMatchSetsResponse";
const _LRPS = "ListRegexPatternSets";
const _LRPSR = "ListRegexPatternSetsRequest";
const _LRPSRi = "ListRegexPatternSetsResponse";
const _LRR = "ListRulesRequest";
const _LRRi = "ListRulesResponse";
const _LSCS = "ListSizeConstraintSets";
const _LSCSR = "ListSizeConstraintSetsRequest";
const _LSCSRi = "ListSizeConstraintSetsResponse";
const _LSIMS = "ListSqlInjectionMatchSets";
const _LSIMSR = "ListSqlInjectionMatchSetsRequest";
const _LSIMSRi = "ListSqlInjectionMatchSetsResponse";
const _LSRG = "ListSubscribedRuleGroups";
const _LSRGR = "ListSubscribedRuleGroupsRequest";
const _LSRGRi = "ListSubscribedRuleGroupsResponse";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _LWACL = "ListWebACLs";
const _LWACLR = "ListWebACLsRequest";
const _LWACLRi = "ListWebACLsResponse";
const _LXMS = "ListXssMatchSets";
const _LXMSR = "ListXssMatchSetsRequest";
const _LXMSRi = "ListXssMatchSetsResponse";
const _M = "Method";
const _MER = "MigrationErrorReason";
const _MET = "MigrationErrorType";
const _MI = "MaxItems";
const _MK = "ManagedKeys";
const _MN = "MetricName";
const _MP = "MatchPredicates";
const _N = "Name";
const _NM = "NextMarker";
const _Ne = "Negated";
const _OA = "OverrideAction";
const _P = "Priority";
const _PC = "PositionalConstraint";
const _PLC = "PutLoggingConfiguration";
const _PLCR = "PutLoggingConfigurationRequest";
const _PLCRu = "PutLoggingConfigurationResponse";
const _PPP = "PutPermissionPolicy";
const _PPPR = "PutPermissionPolicyRequest";
const _PPPRu = "PutPermissionPolicyResponse";
const _PS = "PopulationSize";
const _Po = "Policy";
const _Pr = "Predicate";
const _Pre = "Predicates";
const _R = "Rule";
const _RA = "ResourceArn";
const _RARN = "ResourceARN";
const _RBR = "RateBasedRule";
const _RF = "RedactedFields";
const _RG = "RuleGroup";
const _RGI = "RuleGroupId";
const _RGS = "RuleGroupSummary";
const _RGSu = "RuleGroupSummaries";
const _RGU = "RuleGroupUpdate";
const _RGUu = "RuleGroupUpdates";
const _RGu = "RuleGroups";
const _RI = "RuleId";
const _RK = "RateKey";
const _RL = "RateLimit";
const _RMS = "RegexMatchSet";
const _RMSI = "RegexMatchSetId";
const _RMSS = "RegexMatchSetSummary";
const _RMSSe = "RegexMatchSetSummaries";
const _RMSU = "RegexMatchSetUpdate";
const _RMSUe = "RegexMatchSetUpdates";
const _RMSe = "RegexMatchSets";
const _RMT = "RegexMatchTuples";
const _RMTe = "RegexMatchTuple";
const _RPS = "RegexPatternSet";
const _RPSI = "RegexPatternSetId";
const _RPSS = "RegexPatternSetSummary";
const _RPSSe = "RegexPatternSetSummaries";
const _RPSU = "RegexPatternSetUpdate";
const _RPSUe = "RegexPatternSetUpdates";
const _RPSe = "RegexPatternSets";
const _RPSeg = "RegexPatternStrings";
const _RPSege = "RegexPatternString";
const _RS = "RuleSummary";
const _RSu = "RuleSummaries";
const _RU = "RuleUpdate";
const _RUu = "RuleUpdates";
const _RWRG = "RuleWithinRuleGroup";
const _Re = "Request";
const _Ru = "Rules";
const _S = "Size";
const _SBN = "S3BucketName";
const _SC = "SizeConstraint";
const _SCS = "SizeConstraintSet";
const _SCSI = "SizeConstraintSetId";
const _SCSS = "SizeConstraintSetSummary";
const _SCSSi = "SizeConstraintSetSummaries";
const _SCSU = "SizeConstraintSetUpdate";
const _SCSUi = "SizeConstraintSetUpdates";
const _SCSi = "SizeConstraintSets";
const _SCi = "SizeConstraints";
const _SHTTPR = "SampledHTTPRequest";
const _SHTTPRa = "SampledHTTPRequests";
const _SIMS = "SqlInjectionMatchSet";
const _SIMSI = "SqlInjectionMatchSetId";
const _SIMSS = "SqlInjectionMatchSetSummary";
const _SIMSSq = "SqlInjectionMatchSetSummaries";
const _SIMSU = "SqlInjectionMatchSetUpdate";
const _SIMSUq = "SqlInjectionMatchSetUpdates";
const _SIMSq = "SqlInjectionMatchSets";
const _SIMT = "SqlInjectionMatchTuples";
const _SIMTq = "SqlInjectionMatchTuple";
const _SOU = "S3ObjectUrl";
const _SR = "SampledRequests";
const _SRGS = "SubscribedRuleGroupSummary";
const _SRGSu = "SubscribedRuleGroupSummaries";
const _ST = "StartTime";
const _T = "Type";
const _TIFR = "TagInfoForResource";
const _TK = "TagKeys";
const _TL = "TagList";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _TS = "TargetString";
const _TT = "TextTransformation";
const _TW = "TimeWindow";
const _Ta = "Tags";
const _Tag = "Tag";
const _Ti = "Timestamp";
const _U = "Updates";
const _UBMS = "UpdateByteMatchSet";
const _UBMSR = "UpdateByteMatchSetRequest";
const _UBMSRp = "UpdateByteMatchSetResponse";
const _UGMS = "UpdateGeoMatchSet";
const _UGMSR = "UpdateGeoMatchSetRequest";
const _UGMSRp = "UpdateGeoMatchSetResponse";
const _UIPS = "UpdateIPSet";
const _UIPSR = "UpdateIPSetRequest";
const _UIPSRp = "UpdateIPSetResponse";
const _UR = "UntagResource";
const _URBR = "UpdateRateBasedRule";
const _URBRR = "UpdateRateBasedRuleRequest";
const _URBRRp = "UpdateRateBasedRuleResponse";
const _URG = "UpdateRuleGroup";
const _URGR = "UpdateRuleGroupRequest";
const _URGRp = "UpdateRuleGroupResponse";
const _URI = "URI";
const _URMS = "UpdateRegexMatchSet";
const _URMSR = "UpdateRegexMatchSetRequest";
const _URMSRp = "UpdateRegexMatchSetResponse";
const _URPS = "UpdateRegexPatternSet";
const _URPSR = "UpdateRegexPatternSetRequest";
const _URPSRp = "UpdateRegexPatternSetResponse";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _URRp = "UpdateRuleRequest";
const _URRpd = "UpdateRuleResponse";
const _URp = "UpdateRule";
const _USCS = "UpdateSizeConstraintSet";
const _USCSR = "UpdateSizeConstraintSetRequest";
const _USCSRp = "UpdateSizeConstraintSetResponse";
const _USIMS = "UpdateSqlInjectionMatchSet";
const _USIMSR = "UpdateSqlInjectionMatchSetRequest";
const _USIMSRp = "UpdateSqlInjectionMatchSetResponse";
const _UWACL = "UpdateWebACL";
const _UWACLR = "UpdateWebACLRequest";
const _UWACLRp = "UpdateWebACLResponse";
const _UXMS = "UpdateXssMatchSet";
const _UXMSR = "UpdateXssMatchSetRequest";
const _UXMSRp = "UpdateXssMatchSetResponse";
const _V = "Value";
const _W = "Weight";
const _WA = "WafAction";
const _WACL = "WebACL";
const _WACLA = "WebACLArn";
const _WACLI = "WebACLId";
const _WACLS = "WebACLSummary";
const _WACLSe = "WebACLSummaries";
const _WACLU = "WebACLUpdate";
const _WACLUe = "WebACLUpdates";
const _WACLe = "WebACLs";
const _WAFBRE = "WAFBadRequestException";
const _WAFDNE = "WAFDisallowedNameException";
const _WAFEME = "WAFEntityMigrationException";
const _WAFIAE = "WAFInvalidAccountException";
const _WAFIEE = "WAFInternalErrorException";
const _WAFIOE = "WAFInvalidOperationException";
const _WAFIPE = "WAFInvalidParameterException";
const _WAFIPPE = "WAFInvalidPermissionPolicyException";
const _WAFIRPE = "WAFInvalidRegexPatternException";
const _WAFLEE = "WAFLimitsExceededException";
const _WAFNCE = "WAFNonexistentContainerException";
const _WAFNEEE = "WAFNonEmptyEntityException";
const _WAFNIE = "WAFNonexistentItemException";
const _WAFRIE = "WAFReferencedItemException";
const _WAFSDE = "WAFStaleDataException";
const _WAFSLREE = "WAFServiceLinkedRoleErrorException";
const _WAFSNFE = "WAFSubscriptionNotFoundException";
const _WAFTOE = "WAFTagOperationException";
const _WAFTOIEE = "WAFTagOperationInternalErrorException";
const _WAI = "WebAclId";
const _WOA = "WafOverrideAction";
const _XMS = "XssMatchSet";
const _XMSI = "XssMatchSetId";
const _XMSS = "XssMatchSetSummary";
const _XMSSs = "XssMatchSetSummaries";
const _XMSU = "XssMatchSetUpdate";
const _XMSUs = "XssMatchSetUpdates";
const _XMSs = "XssMatchSets";
const _XMT = "XssMatchTuples";
const _XMTs = "XssMatchTuple";
const _c = "client";
const _e = "error";
const _f = "field";
const _m = "message";
const _p = "parameter";
const _r = "reason";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.waf";
const _se = "server";
const n0 = "com.amazonaws.waf";
const schema_1 = __webpack_require__(26890);
const errors_1 = __webpack_require__(3565);
const WAFServiceException_1 = __webpack_require__(64174);
const _s_registry = schema_1.TypeRegistry.for(_s);
exports.WAFServiceException$ = [-3, _s, "WAFServiceException", 0, [], []];
_s_registry.registerError(exports.WAFServiceException$, WAFServiceException_1.WAFServiceException);
const n0_registry = schema_1.TypeRegistry.for(n0);
exports.WAFBadRequestException$ = [-3, n0, _WAFBRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFBadRequestException$, errors_1.WAFBadRequestException);
exports.WAFDisallowedNameException$ = [-3, n0, _WAFDNE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFDisallowedNameException$, errors_1.WAFDisallowedNameException);
exports.WAFEntityMigrationException$ = [-3, n0, _WAFEME,
    { [_e]: _c },
    [_m, _MET, _MER],
    [0, 0, 0]
];
n0_registry.registerError(exports.WAFEntityMigrationException$, errors_1.WAFEntityMigrationException);
exports.WAFInternalErrorException$ = [-3, n0, _WAFIEE,
    { [_e]: _se },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFInternalErrorException$, errors_1.WAFInternalErrorException);
exports.WAFInvalidAccountException$ = [-3, n0, _WAFIAE,
    { [_e]: _c },
    [],
    []
];
n0_registry.registerError(exports.WAFInvalidAccountException$, errors_1.WAFInvalidAccountException);
exports.WAFInvalidOperationException$ = [-3, n0, _WAFIOE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFInvalidOperationException$, errors_1.WAFInvalidOperationException);
exports.WAFInvalidParameterException$ = [-3, n0, _WAFIPE,
    { [_e]: _c },
    [_f, _p, _r],
    [0, 0, 0]
];
n0_registry.registerError(exports.WAFInvalidParameterException$, errors_1.WAFInvalidParameterException);
exports.WAFInvalidPermissionPolicyException$ = [-3, n0, _WAFIPPE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFInvalidPermissionPolicyException$, errors_1.WAFInvalidPermissionPolicyException);
exports.WAFInvalidRegexPatternException$ = [-3, n0, _WAFIRPE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFInvalidRegexPatternException$, errors_1.WAFInvalidRegexPatternException);
exports.WAFLimitsExceededException$ = [-3, n0, _WAFLEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFLimitsExceededException$, errors_1.WAFLimitsExceededException);
exports.WAFNonEmptyEntityException$ = [-3, n0, _WAFNEEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFNonEmptyEntityException$, errors_1.WAFNonEmptyEntityException);
exports.WAFNonexistentContainerException$ = [-3, n0, _WAFNCE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFNonexistentContainerException$, errors_1.WAFNonexistentContainerException);
exports.WAFNonexistentItemException$ = [-3, n0, _WAFNIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFNonexistentItemException$, errors_1.WAFNonexistentItemException);
exports.WAFReferencedItemException$ = [-3, n0, _WAFRIE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFReferencedItemException$, errors_1.WAFReferencedItemException);
exports.WAFServiceLinkedRoleErrorException$ = [-3, n0, _WAFSLREE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFServiceLinkedRoleErrorException$, errors_1.WAFServiceLinkedRoleErrorException);
exports.WAFStaleDataException$ = [-3, n0, _WAFSDE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFStaleDataException$, errors_1.WAFStaleDataException);
exports.WAFSubscriptionNotFoundException$ = [-3, n0, _WAFSNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFSubscriptionNotFoundException$, errors_1.WAFSubscriptionNotFoundException);
exports.WAFTagOperationException$ = [-3, n0, _WAFTOE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFTagOperationException$, errors_1.WAFTagOperationException);
exports.WAFTagOperationInternalErrorException$ = [-3, n0, _WAFTOIEE,
    { [_e]: _se },
    [_m],
    [0]
];
n0_registry.registerError(exports.WAFTagOperationInternalErrorException$, errors_1.WAFTagOperationInternalErrorException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
exports.ActivatedRule$ = [3, n0, _AR,
    0,
    [_P, _RI, _A, _OA, _T, _ER],
    [1, 0, () => exports.WafAction$, () => exports.WafOverrideAction$, 0, () => ExcludedRules], 2
];
exports.ByteMatchSet$ = [3, n0, _BMS,
    0,
    [_BMSI, _BMT, _N],
    [0, () => ByteMatchTuples, 0], 2
];
exports.ByteMatchSetSummary$ = [3, n0, _BMSS,
    0,
    [_BMSI, _N],
    [0, 0], 2
];
exports.ByteMatchSetUpdate$ = [3, n0, _BMSU,
    0,
    [_A, _BMTy],
    [0, () => exports.ByteMatchTuple$], 2
];
exports.ByteMatchTuple$ = [3, n0, _BMTy,
    0,
    [_FTM, _TS, _TT, _PC],
    [() => exports.FieldToMatch$, 21, 0, 0], 4
];
exports.CreateByteMatchSetRequest$ = [3, n0, _CBMSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateByteMatchSetResponse$ = [3, n0, _CBMSRr,
    0,
    [_BMS, _CT],
    [() => exports.ByteMatchSet$, 0]
];
exports.CreateGeoMatchSetRequest$ = [3, n0, _CGMSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateGeoMatchSetResponse$ = [3, n0, _CGMSRr,
    0,
    [_GMS, _CT],
    [() => exports.GeoMatchSet$, 0]
];
exports.CreateIPSetRequest$ = [3, n0, _CIPSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateIPSetResponse$ = [3, n0, _CIPSRr,
    0,
    [_IPS, _CT],
    [() => exports.IPSet$, 0]
];
exports.CreateRateBasedRuleRequest$ = [3, n0, _CRBRR,
    0,
    [_N, _MN, _RK, _RL, _CT, _Ta],
    [0, 0, 0, 1, 0, () => TagList], 5
];
exports.CreateRateBasedRuleResponse$ = [3, n0, _CRBRRr,
    0,
    [_R, _CT],
    [() => exports.RateBasedRule$, 0]
];
exports.CreateRegexMatchSetRequest$ = [3, n0, _CRMSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateRegexMatchSetResponse$ = [3, n0, _CRMSRr,
    0,
    [_RMS, _CT],
    [() => exports.RegexMatchSet$, 0]
];
exports.CreateRegexPatternSetRequest$ = [3, n0, _CRPSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateRegexPatternSetResponse$ = [3, n0, _CRPSRr,
    0,
    [_RPS, _CT],
    [() => exports.RegexPatternSet$, 0]
];
exports.CreateRuleGroupRequest$ = [3, n0, _CRGR,
    0,
    [_N, _MN, _CT, _Ta],
    [0, 0, 0, () => TagList], 3
];
exports.CreateRuleGroupResponse$ = [3, n0, _CRGRr,
    0,
    [_RG, _CT],
    [() => exports.RuleGroup$, 0]
];
exports.CreateRuleRequest$ = [3, n0, _CRR,
    0,
    [_N, _MN, _CT, _Ta],
    [0, 0, 0, () => TagList], 3
];
exports.CreateRuleResponse$ = [3, n0, _CRRr,
    0,
    [_R, _CT],
    [() => exports.Rule$, 0]
];
exports.CreateSizeConstraintSetRequest$ = [3, n0, _CSCSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateSizeConstraintSetResponse$ = [3, n0, _CSCSRr,
    0,
    [_SCS, _CT],
    [() => exports.SizeConstraintSet$, 0]
];
exports.CreateSqlInjectionMatchSetRequest$ = [3, n0, _CSIMSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateSqlInjectionMatchSetResponse$ = [3, n0, _CSIMSRr,
    0,
    [_SIMS, _CT],
    [() => exports.SqlInjectionMatchSet$, 0]
];
exports.CreateWebACLMigrationStackRequest$ = [3, n0, _CWACLMSR,
    0,
    [_WACLI, _SBN, _IUT],
    [0, 0, 2], 3
];
exports.CreateWebACLMigrationStackResponse$ = [3, n0, _CWACLMSRr,
    0,
    [_SOU],
    [0], 1
];
exports.CreateWebACLRequest$ = [3, n0, _CWACLR,
    0,
    [_N, _MN, _DA, _CT, _Ta],
    [0, 0, () => exports.WafAction$, 0, () => TagList], 4
];
exports.CreateWebACLResponse$ = [3, n0, _CWACLRr,
    0,
    [_WACL, _CT],
    [() => exports.WebACL$, 0]
];
exports.CreateXssMatchSetRequest$ = [3, n0, _CXMSR,
    0,
    [_N, _CT],
    [0, 0], 2
];
exports.CreateXssMatchSetResponse$ = [3, n0, _CXMSRr,
    0,
    [_XMS, _CT],
    [() => exports.XssMatchSet$, 0]
];
exports.DeleteByteMatchSetRequest$ = [3, n0, _DBMSR,
    0,
    [_BMSI, _CT],
    [0, 0], 2
];
exports.DeleteByteMatchSetResponse$ = [3, n0, _DBMSRe,
    0,
    [_CT],
    [0]
];
exports.DeleteGeoMatchSetRequest$ = [3, n0, _DGMSR,
    0,
    [_GMSI, _CT],
    [0, 0], 2
];
exports.DeleteGeoMatchSetResponse$ = [3, n0, _DGMSRe,
    0,
    [_CT],
    [0]
];
exports.DeleteIPSetRequest$ = [3, n0, _DIPSR,
    0,
    [_IPSI, _CT],
    [0, 0], 2
];
exports.DeleteIPSetResponse$ = [3, n0, _DIPSRe,
    0,
    [_CT],
    [0]
];
exports.DeleteLoggingConfigurationRequest$ = [3, n0, _DLCR,
    0,
    [_RA],
    [0], 1
];
exports.DeleteLoggingConfigurationResponse$ = [3, n0, _DLCRe,
    0,
    [],
    []
];
exports.DeletePermissionPolicyRequest$ = [3, n0, _DPPR,
    0,
    [_RA],
    [0], 1
];
exports.DeletePermissionPolicyResponse$ = [3, n0, _DPPRe,
    0,
    [],
    []
];
exports.DeleteRateBasedRuleRequest$ = [3, n0, _DRBRR,
    0,
    [_RI, _CT],
    [0, 0], 2
];
exports.DeleteRateBasedRuleResponse$ = [3, n0, _DRBRRe,
    0,
    [_CT],
    [0]
];
exports.DeleteRegexMatchSetRequest$ = [3, n0, _DRMSR,
    0,
    [_RMSI, _CT],
    [0, 0], 2
];
exports.DeleteRegexMatchSetResponse$ = [3, n0, _DRMSRe,
    0,
    [_CT],
    [0]
];
exports.DeleteRegexPatternSetRequest$ = [3, n0, _DRPSR,
    0,
    [_RPSI, _CT],
    [0, 0], 2
];
exports.DeleteRegexPatternSetResponse$ = [3, n0, _DRPSRe,
    0,
    [_CT],
    [0]
];
exports.DeleteRuleGroupRequest$ = [3, n0, _DRGR,
    0,
    [_RGI, _CT],
    [0, 0], 2
];
exports.DeleteRuleGroupResponse$ = [3, n0, _DRGRe,
    0,
    [_CT],
    [0]
];
exports.DeleteRuleRequest$ = [3, n0, _DRR,
    0,
    [_RI, _CT],
    [0, 0], 2
];
exports.DeleteRuleResponse$ = [3, n0, _DRRe,
    0,
    [_CT],
    [0]
];
exports.DeleteSizeConstraintSetRequest$ = [3, n0, _DSCSR,
    0,
    [_SCSI, _CT],
    [0, 0], 2
];
exports.DeleteSizeConstraintSetResponse$ = [3, n0, _DSCSRe,
    0,
    [_CT],
    [0]
];
exports.DeleteSqlInjectionMatchSetRequest$ = [3, n0, _DSIMSR,
    0,
    [_SIMSI, _CT],
    [0, 0], 2
];
exports.DeleteSqlInjectionMatchSetResponse$ = [3, n0, _DSIMSRe,
    0,
    [_CT],
    [0]
];
exports.DeleteWebACLRequest$ = [3, n0, _DWACLR,
    0,
    [_WACLI, _CT],
    [0, 0], 2
];
exports.DeleteWebACLResponse$ = [3, n0, _DWACLRe,
    0,
    [_CT],
    [0]
];
exports.DeleteXssMatchSetRequest$ = [3, n0, _DXMSR,
    0,
    [_XMSI, _CT],
    [0, 0], 2
];
exports.DeleteXssMatchSetResponse$ = [3, n0, _DXMSRe,
    0,
    [_CT],
    [0]
];
exports.ExcludedRule$ = [3, n0, _ERx,
    0,
    [_RI],
    [0], 1
];
exports.FieldToMatch$ = [3, n0, _FTM,
    0,
    [_T, _D],
    [0, 0], 1
];
exports.GeoMatchConstraint$ = [3, n0, _GMC,
    0,
    [_T, _V],
    [0, 0], 2
];
exports.GeoMatchSet$ = [3, n0, _GMS,
    0,
    [_GMSI, _GMCe, _N],
    [0, () => GeoMatchConstraints, 0], 2
];
exports.GeoMatchSetSummary$ = [3, n0, _GMSS,
    0,
    [_GMSI, _N],
    [0, 0], 2
];
exports.GeoMatchSetUpdate$ = [3, n0, _GMSU,
    0,
    [_A, _GMC],
    [0, () => exports.GeoMatchConstraint$], 2
];
exports.GetByteMatchSetRequest$ = [3, n0, _GBMSR,
    0,
    [_BMSI],
    [0], 1
];
exports.GetByteMatchSetResponse$ = [3, n0, _GBMSRe,
    0,
    [_BMS],
    [() => exports.ByteMatchSet$]
];
exports.GetChangeTokenRequest$ = [3, n0, _GCTR,
    0,
    [],
    []
];
exports.GetChangeTokenResponse$ = [3, n0, _GCTRe,
    0,
    [_CT],
    [0]
];
exports.GetChangeTokenStatusRequest$ = [3, n0, _GCTSR,
    0,
    [_CT],
    [0], 1
];
exports.GetChangeTokenStatusResponse$ = [3, n0, _GCTSRe,
    0,
    [_CTS],
    [0]
];
exports.GetGeoMatchSetRequest$ = [3, n0, _GGMSR,
    0,
    [_GMSI],
    [0], 1
];
exports.GetGeoMatchSetResponse$ = [3, n0, _GGMSRe,
    0,
    [_GMS],
    [() => exports.GeoMatchSet$]
];
exports.GetIPSetRequest$ = [3, n0, _GIPSR,
    0,
    [_IPSI],
    [0], 1
];
exports.GetIPSetResponse$ = [3, n0, _GIPSRe,
    0,
    [_IPS],
    [() => exports.IPSet$]
];
exports.GetLoggingConfigurationRequest$ = [3, n0, _GLCR,
    0,
    [_RA],
    [0], 1
];
exports.GetLoggingConfigurationResponse$ = [3, n0, _GLCRe,
    0,
    [_LC],
    [() => exports.LoggingConfiguration$]
];
exports.GetPermissionPolicyRequest$ = [3, n0, _GPPR,
    0,
    [_RA],
    [0], 1
];
exports.GetPermissionPolicyResponse$ = [3, n0, _GPPRe,
    0,
    [_Po],
    [0]
];
exports.GetRateBasedRuleManagedKeysRequest$ = [3, n0, _GRBRMKR,
    0,
    [_RI, _NM],
    [0, 0], 1
];
exports.GetRateBasedRuleManagedKeysResponse$ = [3, n0, _GRBRMKRe,
    0,
    [_MK, _NM],
    [64 | 0, 0]
];
exports.GetRateBasedRuleRequest$ = [3, n0, _GRBRR,
    0,
    [_RI],
    [0], 1
];
exports.GetRateBasedRuleResponse$ = [3, n0, _GRBRRe,
    0,
    [_R],
    [() => exports.RateBasedRule$]
];
exports.GetRegexMatchSetRequest$ = [3, n0, _GRMSR,
    0,
    [_RMSI],
    [0], 1
];
exports.GetRegexMatchSetResponse$ = [3, n0, _GRMSRe,
    0,
    [_RMS],
    [() => exports.RegexMatchSet$]
];
exports.GetRegexPatternSetRequest$ = [3, n0, _GRPSR,
    0,
    [_RPSI],
    [0], 1
];
exports.GetRegexPatternSetResponse$ = [3, n0, _GRPSRe,
    0,
    [_RPS],
    [() => exports.RegexPatternSet$]
];
exports.GetRuleGroupRequest$ = [3, n0, _GRGR,
    0,
    [_RGI],
    [0], 1
];
exports.GetRuleGroupResponse$ = [3, n0, _GRGRe,
    0,
    [_RG],
    [() => exports.RuleGroup$]
];
exports.GetRuleRequest$ = [3, n0, _GRR,
    0,
    [_RI],
    [0], 1
];
exports.GetRuleResponse$ = [3, n0, _GRRe,
    0,
    [_R],
    [() => exports.Rule$]
];
exports.GetSampledRequestsRequest$ = [3, n0, _GSRR,
    0,
    [_WAI, _RI, _TW, _MI],
    [0, 0, () => exports.TimeWindow$, 1], 4
];
exports.GetSampledRequestsResponse$ = [3, n0, _GSRRe,
    0,
    [_SR, _PS, _TW],
    [() => SampledHTTPRequests, 1, () => exports.TimeWindow$]
];
exports.GetSizeConstraintSetRequest$ = [3, n0, _GSCSR,
    0,
    [_SCSI],
    [0], 1
];
exports.GetSizeConstraintSetResponse$ = [3, n0, _GSCSRe,
    0,
    [_SCS],
    [() => exports.SizeConstraintSet$]
];
exports.GetSqlInjectionMatchSetRequest$ = [3, n0, _GSIMSR,
    0,
    [_SIMSI],
    [0], 1
];
exports.GetSqlInjectionMatchSetResponse$ = [3, n0, _GSIMSRe,
    0,
    [_SIMS],
    [() => exports.SqlInjectionMatchSet$]
];
exports.GetWebACLRequest$ = [3, n0, _GWACLR,
    0,
    [_WACLI],
    [0], 1
];
exports.GetWebACLResponse$ = [3, n0, _GWACLRe,
    0,
    [_WACL],
    [() => exports.WebACL$]
];
exports.GetXssMatchSetRequest$ = [3, n0, _GXMSR,
    0,
    [_XMSI],
    [0], 1
];
exports.GetXssMatchSetResponse$ = [3, n0, _GXMSRe,
    0,
    [_XMS],
    [() => exports.XssMatchSet$]
];
exports.HTTPHeader$ = [3, n0, _HTTPH,
    0,
    [_N, _V],
    [0, 0]
];
exports.HTTPRequest$ = [3, n0, _HTTPR,
    0,
    [_CIP, _C, _URI, _M, _HTTPV, _H],
    [0, 0, 0, 0, 0, () => HTTPHeaders]
];
exports.IPSet$ = [3, n0, _IPS,
    0,
    [_IPSI, _IPSD, _N],
    [0, () => IPSetDescriptors, 0], 2
];
exports.IPSetDescriptor$ = [3, n0, _IPSDe,
    0,
    [_T, _V],
    [0, 0], 2
];
exports.IPSetSummary$ = [3, n0, _IPSS,
    0,
    [_IPSI, _N],
    [0, 0], 2
];
exports.IPSetUpdate$ = [3, n0, _IPSU,
    0,
    [_A, _IPSDe],
    [0, () => exports.IPSetDescriptor$], 2
];
exports.ListActivatedRulesInRuleGroupRequest$ = [3, n0, _LARIRGR,
    0,
    [_RGI, _NM, _L],
    [0, 0, 1]
];
exports.ListActivatedRulesInRuleGroupResponse$ = [3, n0, _LARIRGRi,
    0,
    [_NM, _ARc],
    [0, () => ActivatedRules]
];
exports.ListByteMatchSetsRequest$ = [3, n0, _LBMSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListByteMatchSetsResponse$ = [3, n0, _LBMSRi,
    0,
    [_NM, _BMSy],
    [0, () => ByteMatchSetSummaries]
];
exports.ListGeoMatchSetsRequest$ = [3, n0, _LGMSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListGeoMatchSetsResponse$ = [3, n0, _LGMSRi,
    0,
    [_NM, _GMSe],
    [0, () => GeoMatchSetSummaries]
];
exports.ListIPSetsRequest$ = [3, n0, _LIPSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListIPSetsResponse$ = [3, n0, _LIPSRi,
    0,
    [_NM, _IPSe],
    [0, () => IPSetSummaries]
];
exports.ListLoggingConfigurationsRequest$ = [3, n0, _LLCR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListLoggingConfigurationsResponse$ = [3, n0, _LLCRi,
    0,
    [_LCo, _NM],
    [() => LoggingConfigurations, 0]
];
exports.ListRateBasedRulesRequest$ = [3, n0, _LRBRR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListRateBasedRulesResponse$ = [3, n0, _LRBRRi,
    0,
    [_NM, _Ru],
    [0, () => RuleSummaries]
];
exports.ListRegexMatchSetsRequest$ = [3, n0, _LRMSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListRegexMatchSetsResponse$ = [3, n0, _LRMSRi,
    0,
    [_NM, _RMSe],
    [0, () => RegexMatchSetSummaries]
];
exports.ListRegexPatternSetsRequest$ = [3, n0, _LRPSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListRegexPatternSetsResponse$ = [3, n0, _LRPSRi,
    0,
    [_NM, _RPSe],
    [0, () => RegexPatternSetSummaries]
];
exports.ListRuleGroupsRequest$ = [3, n0, _LRGR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListRuleGroupsResponse$ = [3, n0, _LRGRi,
    0,
    [_NM, _RGu],
    [0, () => RuleGroupSummaries]
];
exports.ListRulesRequest$ = [3, n0, _LRR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListRulesResponse$ = [3, n0, _LRRi,
    0,
    [_NM, _Ru],
    [0, () => RuleSummaries]
];
exports.ListSizeConstraintSetsRequest$ = [3, n0, _LSCSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListSizeConstraintSetsResponse$ = [3, n0, _LSCSRi,
    0,
    [_NM, _SCSi],
    [0, () => SizeConstraintSetSummaries]
];
exports.ListSqlInjectionMatchSetsRequest$ = [3, n0, _LSIMSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListSqlInjectionMatchSetsResponse$ = [3, n0, _LSIMSRi,
    0,
    [_NM, _SIMSq],
    [0, () => SqlInjectionMatchSetSummaries]
];
exports.ListSubscribedRuleGroupsRequest$ = [3, n0, _LSRGR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListSubscribedRuleGroupsResponse$ = [3, n0, _LSRGRi,
    0,
    [_NM, _RGu],
    [0, () => SubscribedRuleGroupSummaries]
];
exports.ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_RARN, _NM, _L],
    [0, 0, 1], 1
];
exports.ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_NM, _TIFR],
    [0, () => exports.TagInfoForResource$]
];
exports.ListWebACLsRequest$ = [3, n0, _LWACLR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListWebACLsResponse$ = [3, n0, _LWACLRi,
    0,
    [_NM, _WACLe],
    [0, () => WebACLSummaries]
];
exports.ListXssMatchSetsRequest$ = [3, n0, _LXMSR,
    0,
    [_NM, _L],
    [0, 1]
];
exports.ListXssMatchSetsResponse$ = [3, n0, _LXMSRi,
    0,
    [_NM, _XMSs],
    [0, () => XssMatchSetSummaries]
];
exports.LoggingConfiguration$ = [3, n0, _LC,
    0,
    [_RA, _LDC, _RF],
    [0, 64 | 0, () => RedactedFields], 2
];
exports.Predicate$ = [3, n0, _Pr,
    0,
    [_Ne, _T, _DI],
    [2, 0, 0], 3
];
exports.PutLoggingConfigurationRequest$ = [3, n0, _PLCR,
    0,
    [_LC],
    [() => exports.LoggingConfiguration$], 1
];
exports.PutLoggingConfigurationResponse$ = [3, n0, _PLCRu,
    0,
    [_LC],
    [() => exports.LoggingConfiguration$]
];
exports.PutPermissionPolicyRequest$ = [3, n0, _PPPR,
    0,
    [_RA, _Po],
    [0, 0], 2
];
exports.PutPermissionPolicyResponse$ = [3, n0, _PPPRu,
    0,
    [],
    []
];
exports.RateBasedRule$ = [3, n0, _RBR,
    0,
    [_RI, _MP, _RK, _RL, _N, _MN],
    [0, () => Predicates, 0, 1, 0, 0], 4
];
exports.RegexMatchSet$ = [3, n0, _RMS,
    0,
    [_RMSI, _N, _RMT],
    [0, 0, () => RegexMatchTuples]
];
exports.RegexMatchSetSummary$ = [3, n0, _RMSS,
    0,
    [_RMSI, _N],
    [0, 0], 2
];
exports.RegexMatchSetUpdate$ = [3, n0, _RMSU,
    0,
    [_A, _RMTe],
    [0, () => exports.RegexMatchTuple$], 2
];
exports.RegexMatchTuple$ = [3, n0, _RMTe,
    0,
    [_FTM, _TT, _RPSI],
    [() => exports.FieldToMatch$, 0, 0], 3
];
exports.RegexPatternSet$ = [3, n0, _RPS,
    0,
    [_RPSI, _RPSeg, _N],
    [0, 64 | 0, 0], 2
];
exports.RegexPatternSetSummary$ = [3, n0, _RPSS,
    0,
    [_RPSI, _N],
    [0, 0], 2
];
exports.RegexPatternSetUpdate$ = [3, n0, _RPSU,
    0,
    [_A, _RPSege],
    [0, 0], 2
];
exports.Rule$ = [3, n0, _R,
    0,
    [_RI, _Pre, _N, _MN],
    [0, () => Predicates, 0, 0], 2
];
exports.RuleGroup$ = [3, n0, _RG,
    0,
    [_RGI, _N, _MN],
    [0, 0, 0], 1
];
exports.RuleGroupSummary$ = [3, n0, _RGS,
    0,
    [_RGI, _N],
    [0, 0], 2
];
exports.RuleGroupUpdate$ = [3, n0, _RGU,
    0,
    [_A, _AR],
    [0, () => exports.ActivatedRule$], 2
];
exports.RuleSummary$ = [3, n0, _RS,
    0,
    [_RI, _N],
    [0, 0], 2
];
exports.RuleUpdate$ = [3, n0, _RU,
    0,
    [_A, _Pr],
    [0, () => exports.Predicate$], 2
];
exports.SampledHTTPRequest$ = [3, n0, _SHTTPR,
    0,
    [_Re, _W, _Ti, _A, _RWRG],
    [() => exports.HTTPRequest$, 1, 4, 0, 0], 2
];
exports.SizeConstraint$ = [3, n0, _SC,
    0,
    [_FTM, _TT, _CO, _S],
    [() => exports.FieldToMatch$, 0, 0, 1], 4
];
exports.SizeConstraintSet$ = [3, n0, _SCS,
    0,
    [_SCSI, _SCi, _N],
    [0, () => SizeConstraints, 0], 2
];
exports.SizeConstraintSetSummary$ = [3, n0, _SCSS,
    0,
    [_SCSI, _N],
    [0, 0], 2
];
exports.SizeConstraintSetUpdate$ = [3, n0, _SCSU,
    0,
    [_A, _SC],
    [0, () => exports.SizeConstraint$], 2
];
exports.SqlInjectionMatchSet$ = [3, n0, _SIMS,
    0,
    [_SIMSI, _SIMT, _N],
    [0, () => SqlInjectionMatchTuples, 0], 2
];
exports.SqlInjectionMatchSetSummary$ = [3, n0, _SIMSS,
    0,
    [_SIMSI, _N],
    [0, 0], 2
];
exports.SqlInjectionMatchSetUpdate$ = [3, n0, _SIMSU,
    0,
    [_A, _SIMTq],
    [0, () => exports.SqlInjectionMatchTuple$], 2
];
exports.SqlInjectionMatchTuple$ = [3, n0, _SIMTq,
    0,
    [_FTM, _TT],
    [() => exports.FieldToMatch$, 0], 2
];
exports.SubscribedRuleGroupSummary$ = [3, n0, _SRGS,
    0,
    [_RGI, _N, _MN],
    [0, 0, 0], 3
];
exports.Tag$ = [3, n0, _Tag,
    0,
    [_K, _V],
    [0, 0], 2
];
exports.TagInfoForResource$ = [3, n0, _TIFR,
    0,
    [_RARN, _TL],
    [0, () => TagList]
];
exports.TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_RARN, _Ta],
    [0, () => TagList], 2
];
exports.TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
exports.TimeWindow$ = [3, n0, _TW,
    0,
    [_ST, _ET],
    [4, 4], 2
];
exports.UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_RARN, _TK],
    [0, 64 | 0], 2
];
exports.UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
exports.UpdateByteMatchSetRequest$ = [3, n0, _UBMSR,
    0,
    [_BMSI, _CT, _U],
    [0, 0, () => ByteMatchSetUpdates], 3
];
exports.UpdateByteMatchSetResponse$ = [3, n0, _UBMSRp,
    0,
    [_CT],
    [0]
];
exports.UpdateGeoMatchSetRequest$ = [3, n0, _UGMSR,
    0,
    [_GMSI, _CT, _U],
    [0, 0, () => GeoMatchSetUpdates], 3
];
exports.UpdateGeoMatchSetResponse$ = [3, n0, _UGMSRp,
    0,
    [_CT],
    [0]
];
exports.UpdateIPSetRequest$ = [3, n0, _UIPSR,
    0,
    [_IPSI, _CT, _U],
    [0, 0, () => IPSetUpdates], 3
];
exports.UpdateIPSetResponse$ = [3, n0, _UIPSRp,
    0,
    [_CT],
    [0]
];
exports.UpdateRateBasedRuleRequest$ = [3, n0, _URBRR,
    0,
    [_RI, _CT, _U, _RL],
    [0, 0, () => RuleUpdates, 1], 4
];
exports.UpdateRateBasedRuleResponse$ = [3, n0, _URBRRp,
    0,
    [_CT],
    [0]
];
exports.UpdateRegexMatchSetRequest$ = [3, n0, _URMSR,
    0,
    [_RMSI, _U, _CT],
    [0, () => RegexMatchSetUpdates, 0], 3
];
exports.UpdateRegexMatchSetResponse$ = [3, n0, _URMSRp,
    0,
    [_CT],
    [0]
];
exports.UpdateRegexPatternSetRequest$ = [3, n0, _URPSR,
    0,
    [_RPSI, _U, _CT],
    [0, () => RegexPatternSetUpdates, 0], 3
];
exports.UpdateRegexPatternSetResponse$ = [3, n0, _URPSRp,
    0,
    [_CT],
    [0]
];
exports.UpdateRuleGroupRequest$ = [3, n0, _URGR,
    0,
    [_RGI, _U, _CT],
    [0, () => RuleGroupUpdates, 0], 3
];
exports.UpdateRuleGroupResponse$ = [3, n0, _URGRp,
    0,
    [_CT],
    [0]
];
exports.UpdateRuleRequest$ = [3, n0, _URRp,
    0,
    [_RI, _CT, _U],
    [0, 0, () => RuleUpdates], 3
];
exports.UpdateRuleResponse$ = [3, n0, _URRpd,
    0,
    [_CT],
    [0]
];
exports.UpdateSizeConstraintSetRequest$ = [3, n0, _USCSR,
    0,
    [_SCSI, _CT, _U],
    [0, 0, () => SizeConstraintSetUpdates], 3
];
exports.UpdateSizeConstraintSetResponse$ = [3, n0, _USCSRp,
    0,
    [_CT],
    [0]
];
exports.UpdateSqlInjectionMatchSetRequest$ = [3, n0, _USIMSR,
    0,
    [_SIMSI, _CT, _U],
    [0, 0, () => SqlInjectionMatchSetUpdates], 3
];
exports.UpdateSqlInjectionMatchSetResponse$ = [3, n0, _USIMSRp,
    0,
    [_CT],
    [0]
];
exports.UpdateWebACLRequest$ = [3, n0, _UWACLR,
    0,
    [_WACLI, _CT, _U, _DA],
    [0, 0, () => WebACLUpdates, () => exports.WafAction$], 2
];
exports.UpdateWebACLResponse$ = [3, n0, _UWACLRp,
    0,
    [_CT],
    [0]
];
exports.UpdateXssMatchSetRequest$ = [3, n0, _UXMSR,
    0,
    [_XMSI, _CT, _U],
    [0, 0, () => XssMatchSetUpdates], 3
];
exports.UpdateXssMatchSetResponse$ = [3, n0, _UXMSRp,
    0,
    [_CT],
    [0]
];
exports.WafAction$ = [3, n0, _WA,
    0,
    [_T],
    [0], 1
];
exports.WafOverrideAction$ = [3, n0, _WOA,
    0,
    [_T],
    [0], 1
];
exports.WebACL$ = [3, n0, _WACL,
    0,
    [_WACLI, _DA, _Ru, _N, _MN, _WACLA],
    [0, () => exports.WafAction$, () => ActivatedRules, 0, 0, 0], 3
];
exports.WebACLSummary$ = [3, n0, _WACLS,
    0,
    [_WACLI, _N],
    [0, 0], 2
];
exports.WebACLUpdate$ = [3, n0, _WACLU,
    0,
    [_A, _AR],
    [0, () => exports.ActivatedRule$], 2
];
exports.XssMatchSet$ = [3, n0, _XMS,
    0,
    [_XMSI, _XMT, _N],
    [0, () => XssMatchTuples, 0], 2
];
exports.XssMatchSetSummary$ = [3, n0, _XMSS,
    0,
    [_XMSI, _N],
    [0, 0], 2
];
exports.XssMatchSetUpdate$ = [3, n0, _XMSU,
    0,
    [_A, _XMTs],
    [0, () => exports.XssMatchTuple$], 2
];
exports.XssMatchTuple$ = [3, n0, _XMTs,
    0,
    [_FTM, _TT],
    [() => exports.FieldToMatch$, 0], 2
];
var ActivatedRules = [1, n0, _ARc,
    0, () => exports.ActivatedRule$
];
var ByteMatchSetSummaries = [1, n0, _BMSSy,
    0, () => exports.ByteMatchSetSummary$
];
var ByteMatchSetUpdates = [1, n0, _BMSUy,
    0, () => exports.ByteMatchSetUpdate$
];
var ByteMatchTuples = [1, n0, _BMT,
    0, () => exports.ByteMatchTuple$
];
var ExcludedRules = [1, n0, _ER,
    0, () => exports.ExcludedRule$
];
var GeoMatchConstraints = [1, n0, _GMCe,
    0, () => exports.GeoMatchConstraint$
];
var GeoMatchSetSummaries = [1, n0, _GMSSe,
    0, () => exports.GeoMatchSetSummary$
];
var GeoMatchSetUpdates = [1, n0, _GMSUe,
    0, () => exports.GeoMatchSetUpdate$
];
var HTTPHeaders = [1, n0, _HTTPHe,
    0, () => exports.HTTPHeader$
];
var IPSetDescriptors = [1, n0, _IPSD,
    0, () => exports.IPSetDescriptor$
];
var IPSetSummaries = [1, n0, _IPSSe,
    0, () => exports.IPSetSummary$
];
var IPSetUpdates = [1, n0, _IPSUe,
    0, () => exports.IPSetUpdate$
];
var LogDestinationConfigs = (/* unused pure expression or super */ null && (64 | 0));
var LoggingConfigurations = [1, n0, _LCo,
    0, () => exports.LoggingConfiguration$
];
var ManagedKeys = (/* unused pure expression or super */ null && (64 | 0));
var Predicates = [1, n0, _Pre,
    0, () => exports.Predicate$
];
var RedactedFields = [1, n0, _RF,
    0, () => exports.FieldToMatch$
];
var RegexMatchSetSummaries = [1, n0, _RMSSe,
    0, () => exports.RegexMatchSetSummary$
];
var RegexMatchSetUpdates = [1, n0, _RMSUe,
    0, () => exports.RegexMatchSetUpdate$
];
var RegexMatchTuples = [1, n0, _RMT,
    0, () => exports.RegexMatchTuple$
];
var RegexPatternSetSummaries = [1, n0, _RPSSe,
    0, () => exports.RegexPatternSetSummary$
];
var RegexPatternSetUpdates = [1, n0, _RPSUe,
    0, () => exports.RegexPatternSetUpdate$
];
var RegexPatternStrings = (/* unused pure expression or super */ null && (64 | 0));
var RuleGroupSummaries = [1, n0, _RGSu,
    0, () => exports.RuleGroupSummary$
];
var RuleGroupUpdates = [1, n0, _RGUu,
    0, () => exports.RuleGroupUpdate$
];
var RuleSummaries = [1, n0, _RSu,
    0, () => exports.RuleSummary$
];
var RuleUpdates = [1, n0, _RUu,
    0, () => exports.RuleUpdate$
];
var SampledHTTPRequests = [1, n0, _SHTTPRa,
    0, () => exports.SampledHTTPRequest$
];
var SizeConstraints = [1, n0, _SCi,
    0, () => exports.SizeConstraint$
];
var SizeConstraintSetSummaries = [1, n0, _SCSSi,
    0, () => exports.SizeConstraintSetSummary$
];
var SizeConstraintSetUpdates = [1, n0, _SCSUi,
    0, () => exports.SizeConstraintSetUpdate$
];
var SqlInjectionMatchSetSummaries = [1, n0, _SIMSSq,
    0, () => exports.SqlInjectionMatchSetSummary$
];
var SqlInjectionMatchSetUpdates = [1, n0, _SIMSUq,
    0, () => exports.SqlInjectionMatchSetUpdate$
];
var SqlInjectionMatchTuples = [1, n0, _SIMT,
    0, () => exports.SqlInjectionMatchTuple$
];
var SubscribedRuleGroupSummaries = [1, n0, _SRGSu,
    0, () => exports.SubscribedRuleGroupSummary$
];
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var TagList = [1, n0, _TL,
    0, () => exports.Tag$
];
var WebACLSummaries = [1, n0, _WACLSe,
    0, () => exports.WebACLSummary$
];
var WebACLUpdates = [1, n0, _WACLUe,
    0, () => exports.WebACLUpdate$
];
var XssMatchSetSummaries = [1, n0, _XMSSs,
    0, () => exports.XssMatchSetSummary$
];
var XssMatchSetUpdates = [1, n0, _XMSUs,
    0, () => exports.XssMatchSetUpdate$
];
var XssMatchTuples = [1, n0, _XMT,
    0, () => exports.XssMatchTuple$
];
exports.CreateByteMatchSet$ = [9, n0, _CBMS,
    0, () => exports.CreateByteMatchSetRequest$, () => exports.CreateByteMatchSetResponse$
];
exports.CreateGeoMatchSet$ = [9, n0, _CGMS,
    0, () => exports.CreateGeoMatchSetRequest$, () => exports.CreateGeoMatchSetResponse$
];
exports.CreateIPSet$ = [9, n0, _CIPS,
    0, () => exports.CreateIPSetRequest$, () => exports.CreateIPSetResponse$
];
exports.CreateRateBasedRule$ = [9, n0, _CRBR,
    0, () => exports.CreateRateBasedRuleRequest$, () => exports.CreateRateBasedRuleResponse$
];
exports.CreateRegexMatchSet$ = [9, n0, _CRMS,
    0, () => exports.CreateRegexMatchSetRequest$, () => exports.CreateRegexMatchSetResponse$
];
exports.CreateRegexPatternSet$ = [9, n0, _CRPS,
    0, () => exports.CreateRegexPatternSetRequest$, () => exports.CreateRegexPatternSetResponse$
];
exports.CreateRule$ = [9, n0, _CR,
    0, () => exports.CreateRuleRequest$, () => exports.CreateRuleResponse$
];
exports.CreateRuleGroup$ = [9, n0, _CRG,
    0, () => exports.CreateRuleGroupRequest$, () => exports.CreateRuleGroupResponse$
];
exports.CreateSizeConstraintSet$ = [9, n0, _CSCS,
    0, () => exports.CreateSizeConstraintSetRequest$, () => exports.CreateSizeConstraintSetResponse$
];
exports.CreateSqlInjectionMatchSet$ = [9, n0, _CSIMS,
    0, () => exports.CreateSqlInjectionMatchSetRequest$, () => exports.CreateSqlInjectionMatchSetResponse$
];
exports.CreateWebACL$ = [9, n0, _CWACL,
    0, () => exports.CreateWebACLRequest$, () => exports.CreateWebACLResponse$
];
exports.CreateWebACLMigrationStack$ = [9, n0, _CWACLMS,
    0, () => exports.CreateWebACLMigrationStackRequest$, () => exports.CreateWebACLMigrationStackResponse$
];
exports.CreateXssMatchSet$ = [9, n0, _CXMS,
    0, () => exports.CreateXssMatchSetRequest$, () => exports.CreateXssMatchSetResponse$
];
exports.DeleteByteMatchSet$ = [9, n0, _DBMS,
    0, () => exports.DeleteByteMatchSetRequest$, () => exports.DeleteByteMatchSetResponse$
];
exports.DeleteGeoMatchSet$ = [9, n0, _DGMS,
    0, () => exports.DeleteGeoMatchSetRequest$, () => exports.DeleteGeoMatchSetResponse$
];
exports.DeleteIPSet$ = [9, n0, _DIPS,
    0, () => exports.DeleteIPSetRequest$, () => exports.DeleteIPSetResponse$
];
exports.DeleteLoggingConfiguration$ = [9, n0, _DLC,
    0, () => exports.DeleteLoggingConfigurationRequest$, () => exports.DeleteLoggingConfigurationResponse$
];
exports.DeletePermissionPolicy$ = [9, n0, _DPP,
    0, () => exports.DeletePermissionPolicyRequest$, () => exports.DeletePermissionPolicyResponse$
];
exports.DeleteRateBasedRule$ = [9, n0, _DRBR,
    0, () => exports.DeleteRateBasedRuleRequest$, () => exports.DeleteRateBasedRuleResponse$
];
exports.DeleteRegexMatchSet$ = [9, n0, _DRMS,
    0, () => exports.DeleteRegexMatchSetRequest$, () => exports.DeleteRegexMatchSetResponse$
];
exports.DeleteRegexPatternSet$ = [9, n0, _DRPS,
    0, () => exports.DeleteRegexPatternSetRequest$, () => exports.DeleteRegexPatternSetResponse$
];
exports.DeleteRule$ = [9, n0, _DR,
    0, () => exports.DeleteRuleRequest$, () => exports.DeleteRuleResponse$
];
exports.DeleteRuleGroup$ = [9, n0, _DRG,
    0, () => exports.DeleteRuleGroupRequest$, () => exports.DeleteRuleGroupResponse$
];
exports.DeleteSizeConstraintSet$ = [9, n0, _DSCS,
    0, () => exports.DeleteSizeConstraintSetRequest$, () => exports.DeleteSizeConstraintSetResponse$
];
exports.DeleteSqlInjectionMatchSet$ = [9, n0, _DSIMS,
    0, () => exports.DeleteSqlInjectionMatchSetRequest$, () => exports.DeleteSqlInjectionMatchSetResponse$
];
exports.DeleteWebACL$ = [9, n0, _DWACL,
    0, () => exports.DeleteWebACLRequest$, () => exports.DeleteWebACLResponse$
];
exports.DeleteXssMatchSet$ = [9, n0, _DXMS,
    0, () => exports.DeleteXssMatchSetRequest$, () => exports.DeleteXssMatchSetResponse$
];
exports.GetByteMatchSet$ = [9, n0, _GBMS,
    0, () => exports.GetByteMatchSetRequest$, () => exports.GetByteMatchSetResponse$
];
exports.GetChangeToken$ = [9, n0, _GCT,
    0, () => exports.GetChangeTokenRequest$, () => exports.GetChangeTokenResponse$
];
exports.GetChangeTokenStatus$ = [9, n0, _GCTS,
    0, () => exports.GetChangeTokenStatusRequest$, () => exports.GetChangeTokenStatusResponse$
];
exports.GetGeoMatchSet$ = [9, n0, _GGMS,
    0, () => exports.GetGeoMatchSetRequest$, () => exports.GetGeoMatchSetResponse$
];
exports.GetIPSet$ = [9, n0, _GIPS,
    0, () => exports.GetIPSetRequest$, () => exports.GetIPSetResponse$
];
exports.GetLoggingConfiguration$ = [9, n0, _GLC,
    0, () => exports.GetLoggingConfigurationRequest$, () => exports.GetLoggingConfigurationResponse$
];
exports.GetPermissionPolicy$ = [9, n0, _GPP,
    0, () => exports.GetPermissionPolicyRequest$, () => exports.GetPermissionPolicyResponse$
];
exports.GetRateBasedRule$ = [9, n0, _GRBR,
    0, () => exports.GetRateBasedRuleRequest$, () => exports.GetRateBasedRuleResponse$
];
exports.GetRateBasedRuleManagedKeys$ = [9, n0, _GRBRMK,
    0, () => exports.GetRateBasedRuleManagedKeysRequest$, () => exports.GetRateBasedRuleManagedKeysResponse$
];
exports.GetRegexMatchSet$ = [9, n0, _GRMS,
    0, () => exports.GetRegexMatchSetRequest$, () => exports.GetRegexMatchSetResponse$
];
exports.GetRegexPatternSet$ = [9, n0, _GRPS,
    0, () => exports.GetRegexPatternSetRequest$, () => exports.GetRegexPatternSetResponse$
];
exports.GetRule$ = [9, n0, _GR,
    0, () => exports.GetRuleRequest$, () => exports.GetRuleResponse$
];
exports.GetRuleGroup$ = [9, n0, _GRG,
    0, () => exports.GetRuleGroupRequest$, () => exports.GetRuleGroupResponse$
];
exports.GetSampledRequests$ = [9, n0, _GSR,
    0, () => exports.GetSampledRequestsRequest$, () => exports.GetSampledRequestsResponse$
];
exports.GetSizeConstraintSet$ = [9, n0, _GSCS,
    0, () => exports.GetSizeConstraintSetRequest$, () => exports.GetSizeConstraintSetResponse$
];
exports.GetSqlInjectionMatchSet$ = [9, n0, _GSIMS,
    0, () => exports.GetSqlInjectionMatchSetRequest$, () => exports.GetSqlInjectionMatchSetResponse$
];
exports.GetWebACL$ = [9, n0, _GWACL,
    0, () => exports.GetWebACLRequest$, () => exports.GetWebACLResponse$
];
exports.GetXssMatchSet$ = [9, n0, _GXMS,
    0, () => exports.GetXssMatchSetRequest$, () => exports.GetXssMatchSetResponse$
];
exports.ListActivatedRulesInRuleGroup$ = [9, n0, _LARIRG,
    0, () => exports.ListActivatedRulesInRuleGroupRequest$, () => exports.ListActivatedRulesInRuleGroupResponse$
];
exports.ListByteMatchSets$ = [9, n0, _LBMS,
    0, () => exports.ListByteMatchSetsRequest$, () => exports.ListByteMatchSetsResponse$
];
exports.ListGeoMatchSets$ = [9, n0, _LGMS,
    0, () => exports.ListGeoMatchSetsRequest$, () => exports.ListGeoMatchSetsResponse$
];
exports.ListIPSets$ = [9, n0, _LIPS,
    0, () => exports.ListIPSetsRequest$, () => exports.ListIPSetsResponse$
];
exports.ListLoggingConfigurations$ = [9, n0, _LLC,
    0, () => exports.ListLoggingConfigurationsRequest$, () => exports.ListLoggingConfigurationsResponse$
];
exports.ListRateBasedRules$ = [9, n0, _LRBR,
    0, () => exports.ListRateBasedRulesRequest$, () => exports.ListRateBasedRulesResponse$
];
exports.ListRegexMatchSets$ = [9, n0, _LRMS,
    0, () => exports.ListRegexMatchSetsRequest$, () => exports.ListRegexMatchSetsResponse$
];
exports.ListRegexPatternSets$ = [9, n0, _LRPS,
    0, () => exports.ListRegexPatternSetsRequest$, () => exports.ListRegexPatternSetsResponse$
];
exports.ListRuleGroups$ = [9, n0, _LRG,
    0, () => exports.ListRuleGroupsRequest$, () => exports.ListRuleGroupsResponse$
];
exports.ListRules$ = [9, n0, _LR,
    0, () => exports.ListRulesRequest$, () => exports.ListRulesResponse$
];
exports.ListSizeConstraintSets$ = [9, n0, _LSCS,
    0, () => exports.ListSizeConstraintSetsRequest$, () => exports.ListSizeConstraintSetsResponse$
];
exports.ListSqlInjectionMatchSets$ = [9, n0, _LSIMS,
    0, () => exports.ListSqlInjectionMatchSetsRequest$, () => exports.ListSqlInjectionMatchSetsResponse$
];
exports.ListSubscribedRuleGroups$ = [9, n0, _LSRG,
    0, () => exports.ListSubscribedRuleGroupsRequest$, () => exports.ListSubscribedRuleGroupsResponse$
];
exports.ListTagsForResource$ = [9, n0, _LTFR,
    0, () => exports.ListTagsForResourceRequest$, () => exports.ListTagsForResourceResponse$
];
exports.ListWebACLs$ = [9, n0, _LWACL,
    0, () => exports.ListWebACLsRequest$, () => exports.ListWebACLsResponse$
];
exports.ListXssMatchSets$ = [9, n0, _LXMS,
    0, () => exports.ListXssMatchSetsRequest$, () => exports.ListXssMatchSetsResponse$
];
exports.PutLoggingConfiguration$ = [9, n0, _PLC,
    0, () => exports.PutLoggingConfigurationRequest$, () => exports.PutLoggingConfigurationResponse$
];
exports.PutPermissionPolicy$ = [9, n0, _PPP,
    0, () => exports.PutPermissionPolicyRequest$, () => exports.PutPermissionPolicyResponse$
];
exports.TagResource$ = [9, n0, _TR,
    0, () => exports.TagResourceRequest$, () => exports.TagResourceResponse$
];
exports.UntagResource$ = [9, n0, _UR,
    0, () => exports.UntagResourceRequest$, () => exports.UntagResourceResponse$
];
exports.UpdateByteMatchSet$ = [9, n0, _UBMS,
    0, () => exports.UpdateByteMatchSetRequest$, () => exports.UpdateByteMatchSetResponse$
];
exports.UpdateGeoMatchSet$ = [9, n0, _UGMS,
    0, () => exports.UpdateGeoMatchSetRequest$, () => exports.UpdateGeoMatchSetResponse$
];
exports.UpdateIPSet$ = [9, n0, _UIPS,
    0, () => exports.UpdateIPSetRequest$, () => exports.UpdateIPSetResponse$
];
exports.UpdateRateBasedRule$ = [9, n0, _URBR,
    0, () => exports.UpdateRateBasedRuleRequest$, () => exports.UpdateRateBasedRuleResponse$
];
exports.UpdateRegexMatchSet$ = [9, n0, _URMS,
    0, () => exports.UpdateRegexMatchSetRequest$, () => exports.UpdateRegexMatchSetResponse$
];
exports.UpdateRegexPatternSet$ = [9, n0, _URPS,
    0, () => exports.UpdateRegexPatternSetRequest$, () => exports.UpdateRegexPatternSetResponse$
];
exports.UpdateRule$ = [9, n0, _URp,
    0, () => exports.UpdateRuleRequest$, () => exports.UpdateRuleResponse$
];
exports.UpdateRuleGroup$ = [9, n0, _URG,
    0, () => exports.UpdateRuleGroupRequest$, () => exports.UpdateRuleGroupResponse$
];
exports.UpdateSizeConstraintSet$ = [9, n0, _USCS,
    0, () => exports.UpdateSizeConstraintSetRequest$, () => exports.UpdateSizeConstraintSetResponse$
];
exports.UpdateSqlInjectionMatchSet$ = [9, n0, _USIMS,
    0, () => exports.UpdateSqlInjectionMatchSetRequest$, () => exports.UpdateSqlInjectionMatchSetResponse$
];
exports.UpdateWebACL$ = [9, n0, _UWACL,
    0, () => exports.UpdateWebACLRequest$, () => exports.UpdateWebACLResponse$
];
exports.UpdateXssMatchSet$ = [9, n0, _UXMS,
    0, () => exports.UpdateXssMatchSetRequest$, () => exports.UpdateXssMatchSetResponse$
];


/***/ }),

/***/ 54205:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-waf","description":"AWS SDK for JavaScript Waf Client for Node.js, Browser and React Native","version":"3.1048.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline client-waf","build:es":"tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service --solo waf","test:e2e":"yarn g:vitest run -c vitest.config.e2e.mts --mode development","test:e2e:watch":"yarn g:vitest watch -c vitest.config.e2e.mts","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.974.11","@aws-sdk/credential-provider-node":"^3.972.42","@aws-sdk/types":"^3.973.8","@smithy/core":"^3.24.2","@smithy/fetch-http-handler":"^5.4.2","@smithy/node-http-handler":"^4.7.2","@smithy/types":"^4.14.1","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-waf","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-waf"}}');

/***/ })

};
