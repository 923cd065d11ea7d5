// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// File rules built from attributes, for the interfaces whose plug names
// the files it wants (personal-files, system-files) or whose rules name
// a directory from an attribute (content, shared-memory). Every path
// they put into a rule has been checked by validatePath (attrs.go), so
// it stands for itself inside the rule.

// treeRule grants perms on p, a checked path in rule form, and, if p
// is a directory, on the directory and all that it holds. qualifier is
// "" or "owner ".
func treeRule(qualifier, p, perms string) string {
	return qualifier + aaPath(p+"{,/,/**}") + " " + perms + ","
}

// treeRules is treeRule for each path, one rule a line.
func treeRules(qualifier string, paths []string, perms string) string {
	var b strings.Builder
	for _, p := range paths {
		b.WriteString(treeRule(qualifier, p, perms))
		b.WriteString("\n")
	}
	return b.String()
}

// fileAccessSnippet is the policy of a plug that names files: the
// description, then a group of read-only rules and a group of
// read-write rules, each left out when it has no path.
func fileAccessSnippet(description, qualifier string, read, write []string) string {
	var b strings.Builder
	b.WriteString(description)
	if len(read) > 0 {
		b.WriteString("\n# Read only, and lock for reading.\n")
		b.WriteString(treeRules(qualifier, read, "rk"))
	}
	if len(write) > 0 {
		b.WriteString("\n# Read and write.\n")
		b.WriteString(treeRules(qualifier, write, "rwk"))
	}
	return b.String()
}

// namedFilesInterface is an interface whose plug lists the files it
// wants in "read" and "write" (personal-files, system-files). Each path
// is checked by resolvePath, which also gives its rule form; the
// connected plug policy is the common connected plug text, which
// describes the interface, followed by a rule for each path.
type namedFilesInterface struct {
	commonInterface
	resolvePath func(what, p string) (string, error)
	// qualifier is "" or "owner ", put before each rule.
	qualifier string
	// attrDoc describes "read" and "write" as resolvePath checks them.
	attrDoc interfaces.AttributeDoc
}

var (
	_ interfaces.Interface          = (*namedFilesInterface)(nil)
	_ interfaces.PlugSanitizer      = (*namedFilesInterface)(nil)
	_ interfaces.AttributeDescriber = (*namedFilesInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*namedFilesInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *namedFilesInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, _, err := fileListAttrs(plug.Attrs, iface.resolvePath); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *namedFilesInterface) Attributes() interfaces.AttributeDoc { return iface.attrDoc }

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *namedFilesInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	read, write, err := fileListAttrs(plug.StaticAttrs(), iface.resolvePath)
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	spec.AddSnippet(fileAccessSnippet(iface.connectedPlugAppArmor, iface.qualifier, read, write))
	return nil
}

// optionalRulesInterface is an interface whose plug takes one optional
