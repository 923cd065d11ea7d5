// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type packagekitControlSuite struct{ referenceSuite }

var _ = check.Suite(&packagekitControlSuite{referenceSuite{referenceCase{
	name:    "packagekit-control",
	summary: "allows managing the host's packages through PackageKit",
	plugAppArmor: []string{
		"path={/org/freedesktop/PackageKit,/[0-9]*_*}\n    interface=org.freedesktop.{PackageKit{,.*},DBus.Properties,DBus.Introspectable}\n    peer=(label=PEER),",
	},
	mustNotGrant: []string{"capability ", "/var/lib/dpkg", "/var/lib/apt"},
}}})
