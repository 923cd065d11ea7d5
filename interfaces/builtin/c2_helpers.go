// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// Helpers shared by the file and D-Bus interfaces of the catalogue
// (home, personal-files, system-files, content, shared-memory, dbus,
// mpris). Every value they put into a rule has been checked by
// validateLiteral or validatePath (attrs.go) or is a D-Bus name checked
// by validateDBusName, so it stands for itself inside the rule.

// plugAttrError says which plug a sanitizer refused, and why.
func plugAttrError(plug *snap.PlugInfo, err error) error {
	return fmt.Errorf("cannot sanitize %s plug %q: %w", plug.Interface, plug.Name, err)
}

// slotAttrError says which slot a sanitizer refused, and why.
func slotAttrError(slot *snap.SlotInfo, err error) error {
	return fmt.Errorf("cannot sanitize %s slot %q: %w", slot.Interface, slot.Name, err)
}

// setDefaultAttr sets an attribute that a sanitizer completes, making
// the map when the snap declared no attribute at all.
func setDefaultAttr(attrs *map[string]interface{}, key string, value interface{}) {
	if *attrs == nil {
		*attrs = make(map[string]interface{})
	}
	(*attrs)[key] = value
}

// validateTag checks the tag a plug and a slot must share to connect
// ("content", "shared-memory"): a literal word, without spaces or
// slashes. It is only compared, never put into a rule, but a tag that
// looks like a path or a pattern is a mistake worth reporting.
func validateTag(what, tag string) error {
	if err := validateLiteral(what, tag); err != nil {
		return err
	}
	if i := strings.IndexAny(tag, " \t/"); i >= 0 {
		return fmt.Errorf("%s %q contains %q: a tag is one word", what, tag, string(tag[i]))
	}
	return nil
}

// fileListAttrs reads the "read" and "write" path lists of a plug or
// slot. resolve checks one path and returns the form a rule uses; a
// path listed twice, in one list or in both, is refused, and so is a
// plug or slot that lists nothing. The rule forms come back in the
// order of the attribute.
func fileListAttrs(attrs map[string]interface{}, resolve func(what, p string) (string, error)) (read, write []string, err error) {
	seen := make(map[string]string)
	for _, key := range []string{"read", "write"} {
		paths, err := stringListAttr(attrs, key)
		if err != nil {
			return nil, nil, err
		}
		for i, p := range paths {
			if other, dup := seen[p]; dup {
				return nil, nil, fmt.Errorf("%q lists %q, which %q lists already", key, p, other)
			}
			seen[p] = key
			resolved, err := resolve(fmt.Sprintf("%s[%d]", key, i), p)
			if err != nil {
				return nil, nil, err
			}
			if key == "read" {
				read = append(read, resolved)
			} else {
				write = append(write, resolved)
			}
		}
	}
	if len(read)+len(write) == 0 {
		return nil, nil, fmt.Errorf(`"read" or "write" must list at least one path`)
	}
	return read, write, nil
}

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
}

var (
	_ interfaces.Interface          = (*namedFilesInterface)(nil)
	_ interfaces.PlugSanitizer      = (*namedFilesInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*namedFilesInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *namedFilesInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, _, err := fileListAttrs(plug.Attrs, iface.resolvePath); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

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
// attribute that, when set, adds rules to the connected plug policy
// (home's "read: all", optical-drive's "write: true"). attrSet checks
// the attribute and says whether it is set; the common connected plug
// text always applies.
type optionalRulesInterface struct {
	commonInterface
	attrSet       func(attrs map[string]interface{}) (bool, error)
	extraAppArmor string
}

var (
	_ interfaces.Interface          = (*optionalRulesInterface)(nil)
	_ interfaces.PlugSanitizer      = (*optionalRulesInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*optionalRulesInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer.
func (iface *optionalRulesInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	if _, err := iface.attrSet(plug.Attrs); err != nil {
		return plugAttrError(plug, err)
	}
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner.
func (iface *optionalRulesInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	set, err := iface.attrSet(plug.StaticAttrs())
	if err != nil {
		return plugAttrError(plug.PlugInfo(), err)
	}
	spec.AddSnippet(iface.connectedPlugAppArmor)
	if set {
		spec.AddSnippet(iface.extraAppArmor)
	}
	return nil
}

// The D-Bus buses an attribute may name.
const (
	dbusSessionBus = "session"
	dbusSystemBus  = "system"
)

// dbusBusAttr reads the required "bus" attribute: session or system.
func dbusBusAttr(attrs map[string]interface{}) (string, error) {
	bus, ok, err := stringAttr(attrs, "bus")
	if err != nil {
		return "", err
	}
	if !ok {
		return "", fmt.Errorf(`"bus" is required: session or system`)
	}
	if bus != dbusSessionBus && bus != dbusSystemBus {
		return "", fmt.Errorf(`"bus" must be session or system, not %q`, bus)
	}
	return bus, nil
}

// dbusOwnNameRules lets a service own name (a checked bus name, or a
// pattern built from checked parts) on bus: bind it, and ask the bus
// daemon, which runs unconfined, to grant or release it.
func dbusOwnNameRules(bus, name string) string {
	return fmt.Sprintf(`# Own the name on the %[1]s bus, asking the bus daemon for it and
# giving it back.
dbus (bind) bus=%[1]s name=%[2]s,
dbus (send) bus=%[1]s path=/org/freedesktop/DBus interface=org.freedesktop.DBus member={RequestName,ReleaseName} peer=(name=org.freedesktop.DBus, label=unconfined),
`, bus, name)
}
