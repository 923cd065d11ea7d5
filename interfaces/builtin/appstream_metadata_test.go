// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type appstreamMetadataSuite struct{ referenceSuite }

var _ = check.Suite(&appstreamMetadataSuite{referenceSuite{referenceCase{
	name:    "appstream-metadata",
	summary: "allows reading the host's AppStream metadata",
	plugAppArmor: []string{
		"/var/{cache,lib}/{swcatalog,app-info}/{,**} r,",
		"/{,var/lib/snapd/hostfs/}usr/share/{metainfo,appdata,swcatalog,app-info}/{,**} r,",
	},
	mustNotGrant: []string{" rw,", " w,", "dbus"},
}}})
