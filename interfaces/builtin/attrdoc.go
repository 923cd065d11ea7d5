// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "fmt"

// Sentences that the attribute descriptions of several interfaces
// (interfaces.AttributeDescriber) share, made from the limits and
// character sets the readers of attrs.go check, so that a description
// follows the code when a limit changes.
var (
	// attrDocLiteral says what validateLiteral refuses.
	attrDocLiteral = fmt.Sprintf("It may not hold a control character, nor any of %s, which AppArmor would read as more than a literal.", aaSpecialChars)
	// attrDocPathList says what fileListAttrs refuses.
	attrDocPathList = fmt.Sprintf(`Together, "read" and "write" list at least one path and at most %d each, none twice, each at most %d bytes and all of them at most %d bytes.`, AttrListMax, AttrPathMax, AttrPathsMax)
	// attrDocTag says what validateTag accepts.
	attrDocTag = fmt.Sprintf("A tag is one word of at most %d bytes, without spaces or slashes. %s", AttrNameMax, attrDocLiteral)
	// attrDocDevicePath says what devicePathAttr checks besides its
	// pattern.
	attrDocDevicePath = "It must be absolute, clean (no \"..\", \".\" or \"//\") and under /dev, and name the node itself, not a symbolic link to it."
	// attrDocDeviceNumber says what deviceNumberAttr accepts.
	attrDocDeviceNumber = fmt.Sprintf("An integer from 0 to %d.", maxDeviceNumber)
)
