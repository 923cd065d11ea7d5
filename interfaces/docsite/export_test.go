// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package docsite

import "github.com/snapiface/snapiface/interfaces/policy"

// ExplainDeclaration explains the rules of an interface in a
// declaration, as pages do.
func ExplainDeclaration(base *policy.Declaration, iface string) []RuleSection {
	return explainDeclaration(base, iface)
}

// GroupPolicy splits policy text into its summary and groups.
var GroupPolicy = groupPolicy
