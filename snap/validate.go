// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package snap

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Names are checked on every render, so by hand rather than with
// regular expressions, which cost ten times as much: each shape is
// noted as the expression it matches.

func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isAlnum(c byte) bool { return isLower(c) || isDigit(c) }

func isAlnumMixedCase(c byte) bool { return isAlnum(c) || 'A' <= c && c <= 'Z' }

// hyphenated says whether s matches ^[first](?:-?[rest])*$: bytes that
// rest accepts, the first one accepted by first too, with single
// hyphens between them.
func hyphenated(s string, first, rest func(byte) bool) bool {
	if s == "" || !first(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] == '-' {
			i++
			if i == len(s) {
				return false
			}
		}
		if !rest(s[i]) {
			return false
		}
	}
	return true
}

// validSnapName matches ^[a-z0-9](?:-?[a-z0-9])*$ with at least one
// letter, so that a snap name cannot be mistaken for a revision or a
// version.
func validSnapName(name string) bool {
	if !hyphenated(name, isAlnum, isAlnum) {
		return false
	}
	for i := 0; i < len(name); i++ {
		if isLower(name[i]) {
			return true
		}
	}
	return false
}

// validInstanceKey matches ^[a-z0-9]{1,10}$.
func validInstanceKey(key string) bool {
	if key == "" || len(key) > 10 {
		return false
	}
	for i := 0; i < len(key); i++ {
		if !isAlnum(key[i]) {
			return false
		}
	}
	return true
}

// validAppName matches ^[a-zA-Z0-9](?:-?[a-zA-Z0-9])*$.
func validAppName(name string) bool { return hyphenated(name, isAlnumMixedCase, isAlnumMixedCase) }

// validIfaceName matches ^[a-z](?:-?[a-z0-9])*$. Hook, plug, slot and
// interface names share this shape: they end up in security tags,
// file names and policy keys. It is hyphenated(name, isLower, isAlnum)
// written out: every interface and plug is checked with it.
func validIfaceName(name string) bool {
	if name == "" || !isLower(name[0]) {
		return false
	}
	for i := 1; i < len(name); i++ {
		c := name[i]
		if c == '-' {
			if i++; i == len(name) {
				return false
			}
			c = name[i]
		}
		if !isLower(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// Name lengths. Names end up in security tags, and tags in file names:
// the longest tag, "snap.NAME_KEY.hook.HOOK", is 5+40+1+10+6+64 = 126
// bytes, which leaves 129 of NAME_MAX (255) for what backends and the
// daemon add to it (".src", ".bin", ".2.bin", ".service", ...), so that
// writing a snap's files never fails half-way on a name too long. The
// reference documents the 40 characters of a snap name and the 10 of an
// instance key, and no length for app and hook names; the longest of
// the real ones we know is 32.
const (
	MaxSnapNameLen    = 40
	MaxInstanceKeyLen = 10
	MaxAppNameLen     = 64
	MaxHookNameLen    = 64
)

// tooLong returns the error for a name of what longer than max bytes,
// showing its first max bytes.
func tooLong(what, name string, max int) error {
	shown := name[:max]
	for !utf8.ValidString(shown) && len(shown) > max-utf8.UTFMax {
		shown = shown[:len(shown)-1] // a character cut in two
	}
	return fmt.Errorf("invalid %s: %q is too long (%d bytes, at most %d)", what, shown+"...", len(name), max)
}

// The daemon types an app may declare.
var daemonTypes = map[string]bool{
	"simple":  true,
	"forking": true,
	"oneshot": true,
	"notify":  true,
	"dbus":    true,
}

// ValidateName checks a snap name: 2 to 40 lowercase letters, digits and
// hyphens, with at least one letter, and no leading, trailing or double
// hyphen.
func ValidateName(name string) error {
	if len(name) > MaxSnapNameLen {
		return tooLong("snap name", name, MaxSnapNameLen)
	}
	if len(name) < 2 || !validSnapName(name) {
		return fmt.Errorf("invalid snap name: %q", name)
	}
	return nil
}

// ValidateInstanceKey checks the key that tells parallel installs of a
// snap apart: 1 to 10 lowercase letters and digits.
func ValidateInstanceKey(key string) error {
	if len(key) > MaxInstanceKeyLen {
		return tooLong("instance key", key, MaxInstanceKeyLen)
	}
	if !validInstanceKey(key) {
		return fmt.Errorf("invalid instance key: %q", key)
	}
	return nil
}

// ValidateInstanceName checks a snap instance name: a snap name,
// optionally followed by "_" and an instance key.
func ValidateInstanceName(instanceName string) error {
	name, key, hasKey := strings.Cut(instanceName, "_")
	if err := ValidateName(name); err != nil {
		return fmt.Errorf("invalid instance name %q: %w", instanceName, err)
	}
	if hasKey {
		if err := ValidateInstanceKey(key); err != nil {
			return fmt.Errorf("invalid instance name %q: %w", instanceName, err)
		}
	}
	return nil
}

// ValidateAppName checks an app name: at most 64 letters, digits and
// single hyphens, starting and ending with a letter or digit.
func ValidateAppName(name string) error {
	if len(name) > MaxAppNameLen {
		return tooLong("app name", name, MaxAppNameLen)
	}
	if !validAppName(name) {
		return fmt.Errorf("invalid app name: %q", name)
	}
	return nil
}

// ValidateHookName checks a hook name: at most 64 lowercase letters,
// digits and single hyphens, starting with a letter.
func ValidateHookName(name string) error {
	if len(name) > MaxHookNameLen {
		return tooLong("hook name", name, MaxHookNameLen)
	}
	if !validIfaceName(name) {
		return fmt.Errorf("invalid hook name: %q", name)
	}
	return nil
}

// ValidatePlugSlotName checks a plug or slot name, which has the shape of
// an interface name since an undeclared plug or slot is named after its
// interface.
func ValidatePlugSlotName(name string) error {
	if !validIfaceName(name) {
		return fmt.Errorf("invalid plug or slot name: %q", name)
	}
	return nil
}

// ValidateInterfaceName checks an interface name: lowercase letters,
// digits and single hyphens, starting with a letter.
func ValidateInterfaceName(name string) error {
	if !validIfaceName(name) {
		return fmt.Errorf("invalid interface name: %q", name)
	}
	return nil
}

// validateDaemon checks the daemon type of an app; "" is not a daemon.
func validateDaemon(app, daemon string) error {
	if daemon != "" && !daemonTypes[daemon] {
		return fmt.Errorf("unknown daemon type %q for app %q", daemon, app)
	}
	return nil
}

// validateType checks a snap type; "" stands for the default, app.
func validateType(t Type) error {
	switch t {
	case "", TypeApp, TypeGadget, TypeKernel, TypeBase, TypeOS, TypeSnapd:
		return nil
	}
	return fmt.Errorf("unknown snap type %q", t)
}

// validateConfinement checks a confinement; "" stands for the default,
// strict.
func validateConfinement(c ConfinementType) error {
	switch c {
	case "", StrictConfinement, DevModeConfinement, ClassicConfinement:
		return nil
	}
	return fmt.Errorf("unknown confinement %q", c)
}

// Validate checks that info is consistent metadata for a snap: valid
// names throughout, known type and confinement, normalised attributes,
// no name used for both a plug and a slot, and bindings between apps or
// hooks and plugs or slots recorded on both sides. InfoFromSnapYaml
// only returns metadata that passes; Validate is for metadata built or
// changed in code. An empty Type or Confinement stands for its default,
// as a missing key does in snap.yaml.
func Validate(info *Info) error {
	if err := ValidateName(info.SuggestedName); err != nil {
		return err
	}
	if info.InstanceKey != "" {
		if err := ValidateInstanceKey(info.InstanceKey); err != nil {
			return err
		}
	}
	if err := validateType(info.Type); err != nil {
		return err
	}
	if err := validateConfinement(info.Confinement); err != nil {
		return err
	}
	if info.Base != "" {
		if err := ValidateName(info.Base); err != nil {
			return fmt.Errorf("invalid base snap name: %q", info.Base)
		}
	}
	for _, name := range sortedKeys(info.Apps) {
		app := info.Apps[name]
		if err := ValidateAppName(name); err != nil {
			return err
		}
		if app == nil || app.Name != name || app.Snap != info {
			return fmt.Errorf("app %q is not recorded under its name in its snap", name)
		}
		if err := validateDaemon(name, app.Daemon); err != nil {
			return err
		}
	}
	for _, name := range sortedKeys(info.Hooks) {
		hook := info.Hooks[name]
		if err := ValidateHookName(name); err != nil {
			return err
		}
		if hook == nil || hook.Name != name || hook.Snap != info {
			return fmt.Errorf("hook %q is not recorded under its name in its snap", name)
		}
	}
	for _, name := range sortedKeys(info.Plugs) {
		plug := info.Plugs[name]
		if plug == nil || plug.Name != name || plug.Snap != info {
			return fmt.Errorf("plug %q is not recorded under its name in its snap", name)
		}
		if err := validatePlugOrSlot("plug", name, plug.Interface, plug.Attrs); err != nil {
			return err
		}
		if _, ok := info.Slots[name]; ok {
			return fmt.Errorf("cannot have plug and slot with the same name: %q", name)
		}
	}
	for _, name := range sortedKeys(info.Slots) {
		slot := info.Slots[name]
		if slot == nil || slot.Name != name || slot.Snap != info {
			return fmt.Errorf("slot %q is not recorded under its name in its snap", name)
		}
		if err := validatePlugOrSlot("slot", name, slot.Interface, slot.Attrs); err != nil {
			return err
		}
	}
	return validateBindings(info)
}

func validatePlugOrSlot(kind, name, iface string, attrs map[string]interface{}) error {
	if !validIfaceName(name) {
		return fmt.Errorf("invalid %s name: %q", kind, name)
	}
	where := fmt.Sprintf("%s %q", kind, name)
	if !validIfaceName(iface) {
		return fmt.Errorf("invalid interface name %q for %s", iface, where)
	}
	for _, attr := range sortedKeys(attrs) {
		if err := validateAttrName(attr, where); err != nil {
			return err
		}
		c := &normChecker{where: where, path: attrPath{{key: attr, index: -1}}}
		if err := c.check(attrs[attr]); err != nil {
			return err
		}
	}
	return nil
}

// validateAttrName rejects the attribute names snap.yaml reserves:
// "interface", which names the interface rather than being an attribute,
// and names starting with "$", kept for values snapd fills in itself.
// where names the plug or slot.
func validateAttrName(attr, where string) error {
	if attr == "interface" || strings.HasPrefix(attr, "$") {
		return fmt.Errorf("attribute name %q of %s is reserved", attr, where)
	}
	return nil
}

// normChecker checks that attribute values only hold the types
// InfoFromSnapYaml produces, so that interfaces can rely on them, nested
// at most MaxAttrDepth deep. It keeps the path to the value it is at,
// rendered only for an error.
type normChecker struct {
	where string // the plug or slot
	path  attrPath
}

func (c *normChecker) errorf(format string, args ...interface{}) error {
	return fmt.Errorf("attribute %q of %s %s", c.path, c.where, fmt.Sprintf(format, args...))
}

func (c *normChecker) check(v interface{}) error {
	switch v := v.(type) {
	case string, bool, int64, float64:
		return nil
	case nil:
		return c.errorf("has no value")
	case []interface{}, map[string]interface{}:
		if c.path.depth() >= MaxAttrDepth {
			return c.errorf("nests lists and maps more than %d deep", MaxAttrDepth)
		}
	default:
		return c.errorf("has unsupported type %T", v)
	}
	if list, ok := v.([]interface{}); ok {
		for i, item := range list {
			c.path = c.path.pushIndex(i)
			if err := c.check(item); err != nil {
				return err
			}
			c.path = c.path[:len(c.path)-1]
		}
		return nil
	}
	m := v.(map[string]interface{})
	for _, k := range sortedKeys(m) {
		c.path = c.path.pushKey(k)
		if err := c.check(m[k]); err != nil {
			return err
		}
		c.path = c.path[:len(c.path)-1]
	}
	return nil
}

// validateBindings checks that every binding between an app or hook and
// a plug or slot is recorded on both sides, between members of info.
func validateBindings(info *Info) error {
	for _, name := range sortedKeys(info.Apps) {
		app := info.Apps[name]
		for _, p := range sortedKeys(app.Plugs) {
			if plug := app.Plugs[p]; plug == nil || info.Plugs[p] != plug || plug.Apps[name] != app {
				return fmt.Errorf("app %q lists plug %q which is not bound to it", name, p)
			}
		}
		for _, s := range sortedKeys(app.Slots) {
			if slot := app.Slots[s]; slot == nil || info.Slots[s] != slot || slot.Apps[name] != app {
				return fmt.Errorf("app %q lists slot %q which is not bound to it", name, s)
			}
		}
	}
	for _, name := range sortedKeys(info.Hooks) {
		hook := info.Hooks[name]
		for _, p := range sortedKeys(hook.Plugs) {
			if plug := hook.Plugs[p]; plug == nil || info.Plugs[p] != plug || plug.Hooks[name] != hook {
				return fmt.Errorf("hook %q lists plug %q which is not bound to it", name, p)
			}
		}
		for _, s := range sortedKeys(hook.Slots) {
			if slot := hook.Slots[s]; slot == nil || info.Slots[s] != slot || slot.Hooks[name] != hook {
				return fmt.Errorf("hook %q lists slot %q which is not bound to it", name, s)
			}
		}
	}
	for _, name := range sortedKeys(info.Plugs) {
		plug := info.Plugs[name]
		for _, a := range sortedKeys(plug.Apps) {
			if app := plug.Apps[a]; app == nil || info.Apps[a] != app || app.Plugs[name] != plug {
				return fmt.Errorf("plug %q is bound to app %q which does not list it", name, a)
			}
		}
		for _, h := range sortedKeys(plug.Hooks) {
			if hook := plug.Hooks[h]; hook == nil || info.Hooks[h] != hook || hook.Plugs[name] != plug {
				return fmt.Errorf("plug %q is bound to hook %q which does not list it", name, h)
			}
		}
	}
	for _, name := range sortedKeys(info.Slots) {
		slot := info.Slots[name]
		for _, a := range sortedKeys(slot.Apps) {
			if app := slot.Apps[a]; app == nil || info.Apps[a] != app || app.Slots[name] != slot {
				return fmt.Errorf("slot %q is bound to app %q which does not list it", name, a)
			}
		}
		for _, h := range sortedKeys(slot.Hooks) {
			if hook := slot.Hooks[h]; hook == nil || info.Hooks[h] != hook || hook.Slots[name] != slot {
				return fmt.Errorf("slot %q is bound to hook %q which does not list it", name, h)
			}
		}
	}
	return nil
}

// sortedKeys returns the keys of m in order, so that the first error
// found is always the same one.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
