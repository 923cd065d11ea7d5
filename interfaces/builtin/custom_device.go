// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/snap"
)

// custom-device lets an app use a device for which there is no
// interface of its own, as the device's maker describes it in a slot,
// usually the gadget's. The slot says, with attributes:
//
//   - "devices": device nodes the app may read, write and lock;
//   - "read-devices": device nodes it may only read;
//   - "files": a map of "read" and "write" lists, other files (sysfs
//     attributes, firmware tables) it may read, or read and write;
//   - "udev-tagging": how udev finds the devices, for the device cgroup:
//     entries of a "kernel" name (required), and optionally a
//     "subsystem", "attributes" and "environment" (maps of names to
//     values) and "for-device", the device of the slot the entry is for;
//   - "custom-device": the name plug and slot must share to connect,
//     the slot's name when not given.
//
// The plug says only "custom-device", its name by default. The
// connected plug gets a rule for each device and file the slot lists,
// with the permissions of its list, and nothing else: the slot's paths
// are the whole of the plug's policy. Carrying the slot needs a snap
// declaration; connecting needs the same custom-device name on both
// sides, and never happens by itself.
//
// Paths are checked as strictly as the reference checks them, or more:
// absolute and clean, at most AttrPathMax bytes, AttrPathsMax together
// and AttrListMax to a list, none listed twice; devices under /dev. They
// may hold the globs "*" (never "**"), "?" and character classes of
// letters, digits, "." and "_" and ranges of them ([0-9], [a-f]);
// "files" paths also
// alternations of words without slashes ({brightness,max_brightness}),
// none nested, none making an empty, "." or ".." component, at most 64
// to a component. Other characters than letters, digits, " ._-:,+=~@"
// are refused ("@{" too), and so are globs where the reference would
// take them but that would reach a whole directory level: the first
// component of a file's path, and the start of the first component
// under /dev of a device's (/dev/* would be every device). Rules quote
// every path.
//
// The udev-tagging values (kernel, subsystem, attribute and environment
// values) are at most AttrNameMax bytes of letters, digits and
// " ._:,+=~@/*?[]!^|-", without spaces at either end; a kernel name has
// no empty, "." or ".." component, a subsystem no slash or space;
// attribute names are sysfs attribute names, environment names
// shell-style names. A "kernel" name, unless the entry says "for-device", must be a device's
// path below /dev or the last component of exactly one device's path,
// as the reference requires.
//
// Not rendered here: udev. The daemon writes the udev rules that tag
// the slot's devices for the app's device cgroup: one an entry of
// udev-tagging (KERNEL, SUBSYSTEM, ATTR{...} and ENV{...} matches), and,
// for a device no entry is for, one matching its path below /dev and,
// where that is not the same, its last component.

const customDeviceSummary = `provides access to custom devices specified via the gadget snap`

const customDeviceBaseDeclarationSlots = `
allow-installation: false
allow-connection:
  plug-attributes:
    custom-device: $SLOT(custom-device)
deny-auto-connection: true
`

const customDeviceConnectedPlugAppArmor = `
# Description: use the custom device %q, as the slot that describes it
# lists its device nodes and files.
`

// customDeviceGroups are the groups of rules of the connected plug, in
// order: the comment of each, and the permissions its paths get.
var customDeviceGroups = []struct{ comment, perms string }{
	{"# Device nodes: read, write (ioctls included) and lock.", "rwk"},
	{"# Device nodes: read only.", "r"},
	{"# Files: read only.", "r"},
	{"# Files: read and write.", "rw"},
}

// customDeviceLiteral are the characters of a path outside its globs.
const customDeviceLiteral = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ._-:,+=~@/"

// customDeviceClass are the characters of a character class, besides
// the "-" of its ranges.
const customDeviceClass = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._"

// customDeviceMaxAlternatives bounds the words one path component
// expands to.
const customDeviceMaxAlternatives = 64

// customDevicePath checks a path of a custom-device slot: a device
// node's (under /dev, no alternation) or a file's.
func customDevicePath(what, p string, device bool) error {
	if err := checkLength(what, p, AttrPathMax); err != nil {
		return err
	}
	for _, r := range p {
		if r < 0x20 || r == 0x7f {
			return fmt.Errorf("%s %q contains a control character", what, p)
		}
	}
	if !strings.HasPrefix(p, "/") {
		return fmt.Errorf("%s %q must be absolute", what, p)
	}
	if device && !strings.HasPrefix(p, "/dev/") {
		return fmt.Errorf("%s %q must be under /dev", what, p)
	}
	if strings.HasSuffix(p, "/") {
		return fmt.Errorf("%s %q must not end with a slash", what, p)
	}
	if strings.Contains(p, "**") {
		return fmt.Errorf(`%s %q contains "**": only "*", "?" and character classes are allowed`, what, p)
	}
	if strings.Contains(p, "@{") {
		return fmt.Errorf(`%s %q contains "@{", an AppArmor variable`, what, p)
	}
	inGroup := false
	for i := 0; i < len(p); i++ {
		switch ch := p[i]; {
		case ch == '*' || ch == '?' || ch == ',':
		case ch == '[':
			end := strings.IndexByte(p[i:], ']')
			if end < 0 {
				return fmt.Errorf(`%s %q has a "[" without its "]"`, what, p)
			}
			if class := p[i+1 : i+end]; !validClass(class) {
				return fmt.Errorf(`%s %q has a character class [%s]: a class holds letters, digits, "." and "_", and ascending ranges of them`, what, p, class)
			}
			i += end
		case ch == ']':
			return fmt.Errorf(`%s %q has a "]" without its "["`, what, p)
		case ch == '{':
			if device {
				return fmt.Errorf(`%s %q contains "{": an alternation is allowed in "files" only`, what, p)
			}
			if inGroup {
				return fmt.Errorf(`%s %q nests alternations`, what, p)
			}
			inGroup = true
		case ch == '}':
			if !inGroup {
				return fmt.Errorf(`%s %q has a "}" without its "{"`, what, p)
			}
			inGroup = false
		case ch == '/' && inGroup:
			return fmt.Errorf(`%s %q has a "/" in an alternation`, what, p)
		case strings.IndexByte(customDeviceLiteral, ch) < 0:
			return fmt.Errorf("%s %q contains %q, which is not allowed in a custom-device path", what, p, string(ch))
		}
	}
	if inGroup {
		return fmt.Errorf(`%s %q has a "{" without its "}"`, what, p)
	}
	components := strings.Split(p[1:], "/")
	for i, component := range components {
		words, err := expandAlternations(component)
		if err != nil {
			return fmt.Errorf("%s %q: %w", what, p, err)
		}
		for _, w := range words {
			if w == "" || w == "." || w == ".." || path.Clean("/"+w) != "/"+w {
				return fmt.Errorf("%s %q must be clean (no \"..\", \".\" or \"//\")", what, p)
			}
			if strings.Contains(w, "**") {
				return fmt.Errorf(`%s %q makes "**" of an alternation`, what, p)
			}
			if strings.HasPrefix(w, " ") || strings.HasSuffix(w, " ") {
				return fmt.Errorf("%s %q has a component starting or ending with a space", what, p)
			}
		}
		switch {
		case !device && i == 0 && strings.ContainsAny(component, "*?[{"):
			return fmt.Errorf("%s %q must name its top directory without a glob", what, p)
		case device && i == 1 && strings.IndexByte("*?[", component[0]) >= 0:
			return fmt.Errorf("%s %q must start its name under /dev without a glob", what, p)
		}
	}
	return nil
}

// validClass says whether the inside of a character class is letters,
// digits, "." and "_", and ranges of them ("0-9", "a-fA-F"), each from
// a lower character to a higher one.
func validClass(class string) bool {
	if class == "" {
		return false
	}
	for i := 0; i < len(class); i++ {
		if strings.IndexByte(customDeviceClass, class[i]) < 0 {
			return false
		}
		if i+2 < len(class) && class[i+1] == '-' {
			if strings.IndexByte(customDeviceClass, class[i+2]) < 0 || class[i] > class[i+2] {
				return false
			}
			i += 2
		}
	}
	return true
}

// expandAlternations returns the words a path component with
// alternations (none nested) stands for, at most
// customDeviceMaxAlternatives.
func expandAlternations(component string) ([]string, error) {
	open := strings.IndexByte(component, '{')
	if open < 0 {
		return []string{component}, nil
	}
	end := strings.IndexByte(component[open:], '}') + open
	rest, err := expandAlternations(component[end+1:])
	if err != nil {
		return nil, err
	}
	var words []string
	for _, alt := range strings.Split(component[open+1:end], ",") {
		for _, r := range rest {
			if len(words) == customDeviceMaxAlternatives {
				return nil, fmt.Errorf("a component stands for more than %d words", customDeviceMaxAlternatives)
			}
			words = append(words, component[:open]+alt+r)
		}
	}
	return words, nil
}

// customDeviceUDevValue is a udev-tagging value: no quotes, escapes,
// braces, substitutions or comments, which udev or the rule file's
// syntax would read as more than a value to match.
var customDeviceUDevValue = regexp.MustCompile(`^[A-Za-z0-9._:,+=~@/*?\[\]!^|-]([A-Za-z0-9 ._:,+=~@/*?\[\]!^|-]*[A-Za-z0-9._:,+=~@/*?\[\]!^|-])?$`)

// The names of udev-tagging attributes (sysfs attribute names) and
// environment entries (udev property names).
var (
	customDeviceUDevAttr = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]*$`)
	customDeviceUDevEnv  = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// customDeviceUDevKeys are the keys of a udev-tagging entry.
var customDeviceUDevKeys = map[string]bool{"kernel": true, "subsystem": true, "attributes": true, "environment": true, "for-device": true}

// checkUDevValue checks one udev-tagging value.
func checkUDevValue(what string, v interface{}) (string, error) {
	s, ok := v.(string)
	if !ok {
		return "", fmt.Errorf("%s must be a string", what)
	}
	if err := checkLength(what, s, AttrNameMax); err != nil {
		return "", err
	}
	if !customDeviceUDevValue.MatchString(s) {
		return "", fmt.Errorf(`%s %q must be letters, digits, spaces and " ._:,+=~@/*?[]!^|-", not starting or ending with a space`, what, s)
	}
	return s, nil
}

// checkUDevMap checks the attributes or environment of a udev-tagging
// entry: names matching name, values as checkUDevValue.
func checkUDevMap(what string, v interface{}, name *regexp.Regexp) error {
	m, ok := v.(map[string]interface{})
	if !ok {
		return fmt.Errorf("%s must be a map of names to values", what)
	}
	if len(m) > AttrListMax {
		return fmt.Errorf("%s has %d entries, more than the %d allowed", what, len(m), AttrListMax)
	}
	for _, k := range sortedKeysOf(m) {
		if len(k) > AttrNameMax || !name.MatchString(k) {
			return fmt.Errorf("%s has an invalid name %q", what, k)
		}
		if _, err := checkUDevValue(fmt.Sprintf("%s %q", what, k), m[k]); err != nil {
			return err
		}
	}
	return nil
}

// sortedKeysOf returns the keys of a map, sorted.
func sortedKeysOf(m map[string]interface{}) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// checkUDevTagging checks the udev-tagging entries against the slot's
// devices.
func checkUDevTagging(attrs map[string]interface{}, devices []string) error {
	raw, ok := attrs["udev-tagging"]
	if !ok {
		return nil
	}
	list, ok := raw.([]interface{})
	if !ok {
		return fmt.Errorf(`"udev-tagging" must be a list of entries`)
	}
	if len(list) > AttrListMax {
		return fmt.Errorf(`"udev-tagging" lists %d entries, more than the %d allowed`, len(list), AttrListMax)
	}
	for i, item := range list {
		entry, ok := item.(map[string]interface{})
		if !ok {
			return fmt.Errorf(`udev-tagging[%d] must be a map with at least "kernel"`, i)
		}
		where := fmt.Sprintf("udev-tagging[%d]", i)
		for _, k := range sortedKeysOf(entry) {
			if !customDeviceUDevKeys[k] {
				return fmt.Errorf(`%s has unknown key %q: only "kernel", "subsystem", "attributes", "environment" and "for-device"`, where, k)
			}
		}
		kv, ok := entry["kernel"]
		if !ok {
			return fmt.Errorf(`%s must have a "kernel" name`, where)
		}
		kernel, err := checkUDevValue(where+" kernel", kv)
		if err != nil {
			return err
		}
		if kernel != path.Clean("/" + kernel)[1:] {
			return fmt.Errorf(`%s kernel %q must be a device's name below /dev: no empty, "." or ".." components`, where, kernel)
		}
		if v, ok := entry["subsystem"]; ok {
			subsystem, err := checkUDevValue(where+" subsystem", v)
			if err != nil {
				return err
			}
			if strings.ContainsAny(subsystem, "/ ") {
				return fmt.Errorf("%s subsystem %q must be one word, without slashes", where, subsystem)
			}
		}
		if v, ok := entry["attributes"]; ok {
			if err := checkUDevMap(where+" attributes", v, customDeviceUDevAttr); err != nil {
				return err
			}
		}
		if v, ok := entry["environment"]; ok {
			if err := checkUDevMap(where+" environment", v, customDeviceUDevEnv); err != nil {
				return err
			}
		}
		if v, ok := entry["for-device"]; ok {
			forDevice, isString := v.(string)
			if !isString {
				return fmt.Errorf("%s for-device must be a string", where)
			}
			if !containsString(devices, forDevice) {
				return fmt.Errorf("%s for-device %q is not one of the slot's devices", where, forDevice)
			}
			continue
		}
		if containsString(devices, "/dev/"+kernel) {
			continue
		}
		var matches []string
		for _, d := range devices {
			if path.Base(d) == kernel {
				matches = append(matches, d)
			}
		}
		switch len(matches) {
		case 0:
			return fmt.Errorf("%s kernel %q is no device's path below /dev, nor the last component of one: name its device with for-device", where, kernel)
		case 1:
		default:
			return fmt.Errorf("%s kernel %q is the last component of %d devices (%s): name its device with for-device", where, kernel, len(matches), strings.Join(matches, ", "))
		}
	}
	return nil
}

func containsString(list []string, s string) bool {
	for _, item := range list {
		if item == s {
			return true
		}
	}
	return false
}

// customDeviceSlot is a checked custom-device slot: its name, and its
// paths in the order of customDeviceGroups.
type customDeviceSlot struct {
	name  string
	paths [4][]string
}

// customDeviceName reads the "custom-device" attribute of a plug or a
// slot; def is the name when it is missing or empty.
func customDeviceName(attrs map[string]interface{}, def string) (string, error) {
	name, ok, err := stringAttr(attrs, "custom-device")
	if err != nil {
		return "", err
	}
	if !ok || name == "" {
		name = def
	}
	if err := validateTag("custom-device", name); err != nil {
		return "", err
	}
	return name, nil
}

// readCustomDeviceSlot reads and checks a slot's attributes.
func readCustomDeviceSlot(attrs map[string]interface{}, slotName string) (*customDeviceSlot, error) {
	name, err := customDeviceName(attrs, slotName)
	if err != nil {
		return nil, err
	}
	s := &customDeviceSlot{name: name}
	var budget pathBudget
	seen := map[string]string{}
	add := func(group int, key, what string, paths []string, device bool) error {
		for i, p := range paths {
			w := fmt.Sprintf("%s[%d]", what, i)
			if err := customDevicePath(w, p, device); err != nil {
				return err
			}
			if other, dup := seen[p]; dup {
				return fmt.Errorf("%s %q is listed already, in %s", w, p, other)
			}
			seen[p] = key
			if err := budget.spend(w, p); err != nil {
				return err
			}
			s.paths[group] = append(s.paths[group], p)
		}
		return nil
	}
	for group, key := range []string{"devices", "read-devices"} {
		paths, err := stringListAttr(attrs, key)
		if err != nil {
			return nil, err
		}
		if err := add(group, fmt.Sprintf("%q", key), key, paths, true); err != nil {
			return nil, err
		}
	}
	if raw, ok := attrs["files"]; ok {
		files, ok := raw.(map[string]interface{})
		if !ok {
			return nil, fmt.Errorf(`"files" must be a map of "read" and "write" lists`)
		}
		for _, k := range sortedKeysOf(files) {
			if k != "read" && k != "write" {
				return nil, fmt.Errorf(`"files" has %q: only "read" and "write" are allowed`, k)
			}
		}
		for i, key := range []string{"read", "write"} {
			paths, err := stringListAttr(files, key)
			if err != nil {
				return nil, fmt.Errorf(`"files": %w`, err)
			}
			if err := add(2+i, fmt.Sprintf(`"files" %q`, key), "files."+key, paths, false); err != nil {
				return nil, err
			}
		}
	}
	total := 0
	for _, paths := range s.paths {
		total += len(paths)
	}
	if total == 0 {
		return nil, fmt.Errorf(`a custom-device slot must list devices ("devices", "read-devices") or "files"`)
	}
	devices := append(append([]string{}, s.paths[0]...), s.paths[1]...)
	if err := checkUDevTagging(attrs, devices); err != nil {
		return nil, err
	}
	return s, nil
}

// rules renders the connected plug's policy.
func (s *customDeviceSlot) rules() string {
	var b strings.Builder
	fmt.Fprintf(&b, customDeviceConnectedPlugAppArmor, s.name)
	for i, group := range customDeviceGroups {
		if len(s.paths[i]) == 0 {
			continue
		}
		b.WriteString("\n" + group.comment + "\n")
		for _, p := range s.paths[i] {
			// Checked paths hold no quote or backslash.
			fmt.Fprintf(&b, "\"%s\" %s,\n", p, group.perms)
		}
	}
	return b.String()
}

// customDeviceInterface checks both sides and renders the slot's
// devices and files into the plug's rules.
type customDeviceInterface struct {
	commonInterface
}

var (
	_ interfaces.Interface          = (*customDeviceInterface)(nil)
	_ interfaces.AttributeDescriber = (*customDeviceInterface)(nil)
	_ interfaces.PlugSanitizer      = (*customDeviceInterface)(nil)
	_ interfaces.SlotSanitizer      = (*customDeviceInterface)(nil)
	_ apparmor.ConnectedPlugDefiner = (*customDeviceInterface)(nil)
)

// BeforePreparePlug implements interfaces.PlugSanitizer: it checks the
// plug's custom-device name and completes it with the plug's name.
func (iface *customDeviceInterface) BeforePreparePlug(plug *snap.PlugInfo) error {
	name, err := customDeviceName(plug.Attrs, plug.Name)
	if err != nil {
		return plugAttrError(plug, err)
	}
	setDefaultAttr(&plug.Attrs, "custom-device", name)
	return nil
}

// BeforePrepareSlot implements interfaces.SlotSanitizer: it checks the
// slot and completes its custom-device name with the slot's name.
func (iface *customDeviceInterface) BeforePrepareSlot(slot *snap.SlotInfo) error {
	s, err := readCustomDeviceSlot(slot.Attrs, slot.Name)
	if err != nil {
		return slotAttrError(slot, err)
	}
	setDefaultAttr(&slot.Attrs, "custom-device", s.name)
	return nil
}

// AppArmorConnectedPlug implements apparmor.ConnectedPlugDefiner. The
// slot's static attributes, checked again, are the whole policy.
func (iface *customDeviceInterface) AppArmorConnectedPlug(spec *apparmor.Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	s, err := readCustomDeviceSlot(slot.StaticAttrs(), slot.Name())
	if err != nil {
		return slotAttrError(slot.SlotInfo(), err)
	}
	spec.AddSnippet(s.rules())
	return nil
}

// customDeviceAttributes describes both sides' attributes
// (customDeviceName, readCustomDeviceSlot).
var customDeviceAttributes = interfaces.AttributeDoc{
	Attributes: []interfaces.Attribute{{
		Side: "plug", Name: "custom-device", Type: interfaces.AttrTypeString, Default: "the plug's name",
		Description: "The name a slot must carry too for the plug to connect to it. " + attrDocTag,
	}, {
		Side: "slot", Name: "custom-device", Type: interfaces.AttrTypeString, Default: "the slot's name",
		Description: "The name a plug must carry too to connect. " + attrDocTag,
	}, {
		Side: "slot", Name: "devices", Type: interfaces.AttrTypeStringList,
		Description: fmt.Sprintf("Device nodes under /dev the app may read, write (ioctls included) and lock. Paths are absolute and clean, at most %d bytes each and %d together, at most %d to a list, none twice. They may hold the globs \"*\" (never \"**\"), \"?\" and classes of letters, digits, \".\" and \"_\" and ranges, but not at the start of the first component under /dev. The slot lists devices, read-devices or files, or more than one of them.", AttrPathMax, AttrPathsMax, AttrListMax),
	}, {
		Side: "slot", Name: "read-devices", Type: interfaces.AttrTypeStringList,
		Description: "Device nodes the app may only read, written as in devices.",
	}, {
		Side: "slot", Name: "files", Type: interfaces.AttrTypeMap,
		Description: "A map of \"read\" and \"write\" lists of other files (sysfs attributes, firmware tables) the app may read, or read and write. Written as in devices, but anywhere but under a glob in their first component, and they may also hold alternations of words such as {brightness,max_brightness}.",
	}, {
		Side: "slot", Name: "udev-tagging", Type: interfaces.AttrTypeMapList,
		Description: fmt.Sprintf("How udev finds the devices, for the app's device cgroup: entries with a \"kernel\" name (required: a device's path below /dev, or the last component of exactly one device's path), and optionally a \"subsystem\", \"attributes\" and \"environment\" (maps of names to values), and \"for-device\", the device the entry is for. Values are at most %d bytes. The daemon writes the udev rules; snapiface renders none.", AttrNameMax),
	}},
	Examples: []interfaces.AttributeExample{{
		Title: "a board's control device, its input events and a sysfs attribute",
		Plug:  map[string]interface{}{"custom-device": "board-io"},
		Slot: map[string]interface{}{
			"custom-device": "board-io",
			"devices":       []interface{}{"/dev/DualSD", "/dev/input/event[0-9]"},
			"read-devices":  []interface{}{"/dev/js*"},
			"files":         map[string]interface{}{"write": []interface{}{"/sys/devices/platform/leds/leds/status/{brightness,trigger}"}},
			"udev-tagging":  []interface{}{map[string]interface{}{"kernel": "DualSD", "subsystem": "misc"}},
		},
	}},
}

// Attributes implements interfaces.AttributeDescriber.
func (iface *customDeviceInterface) Attributes() interfaces.AttributeDoc {
	return customDeviceAttributes
}

func init() {
	registerIface(&customDeviceInterface{commonInterface{
		name:                 "custom-device",
		summary:              customDeviceSummary,
		docURL:               "https://snapcraft.io/docs/custom-device-interface",
		implicitOn:           notImplicit,
		baseDeclarationSlots: customDeviceBaseDeclarationSlots,
		notRendered:          []string{interfaces.BackendUDev},
	}})
}
