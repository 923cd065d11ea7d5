// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type systemPackagesDocSuite struct{ referenceSuite }

var _ = check.Suite(&systemPackagesDocSuite{referenceSuite{referenceCase{
	name:    "system-packages-doc",
	summary: "allows reading the documentation of the host's packages",
	plugAppArmor: []string{
		"/{,var/lib/snapd/hostfs/}usr/share/{doc,cups/doc-root,gimp/2.0/help,gtk-doc,libreoffice/help,xubuntu-docs}/{,**} r,",
	},
	mustNotGrant: []string{" rw,", " w,", "/usr/share/** r,"},
}}})
