import type { TSESTree } from "@typescript-eslint/utils";
import { memberPathOf, unwrap, type Node } from "./estree.js";

/** The property name a member expression ends in, when static and not computed. */
function lastNameOf(node: Node): string | null {
  const path = memberPathOf(node);
  return path ? (path[path.length - 1] ?? null) : null;
}

function isCallOf(node: Node, names: [string, string]): boolean {
  const target = unwrap(node);
  if (target.type !== "CallExpression") return false;
  const path = memberPathOf(target.callee);
  return path !== null && path.length >= 3 && path[path.length - 2] === names[0] && path[path.length - 1] === names[1];
}

/**
 * The heart of every Meta Pixel base code, whatever the variable names or formatting:
 * `n.callMethod ? n.callMethod.apply(n, arguments) : n.queue.push(arguments)`.
 */
export function isPixelStub(node: Node): boolean {
  if (node.type !== "ConditionalExpression") return false;
  return lastNameOf(node.test) === "callMethod" && isCallOf(node.consequent, ["callMethod", "apply"]) && isCallOf(node.alternate, ["queue", "push"]);
}

/** The base code's guard against loading twice: `if (f.fbq) return;`. */
export function isPixelGuard(node: Node): boolean {
  if (node.type !== "IfStatement" || node.alternate) return false;
  const test = unwrap(node.test);
  if (test.type !== "MemberExpression" || lastNameOf(test) !== "fbq") return false;
  const body = node.consequent.type === "BlockStatement" ? node.consequent.body[0] : node.consequent;
  return body?.type === "ReturnStatement";
}

function isFunction(node: Node): node is TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression";
}

/**
 * The node to report a base code at: the statement that holds the whole snippet. From the stub it
 * climbs to the enclosing statement and, when that statement sits in an immediately invoked
 * function (`!function(f,b,e,v,n,t,s){…}(…)`), on out to the statement that invokes it.
 */
export function snippetOf(node: Node, parentOf: (node: Node) => Node | undefined): Node {
  let statement: Node = node;
  let current: Node | undefined = node;
  while (current) {
    const parent = parentOf(current);
    if (!parent) break;
    if ((current.type.endsWith("Statement") && current.type !== "BlockStatement") || current.type === "VariableDeclaration") statement = current;
    if (isFunction(current) && !isInvoked(current, parentOf)) {
      // A named helper around the stub (`n = f.fbq = function () {…}`) keeps climbing; any other
      // function boundary (a React effect, a module function) stops here.
      if (!isStubHolder(current, parentOf)) break;
    }
    current = parent;
  }
  return statement;
}

function isInvoked(fn: Node, parentOf: (node: Node) => Node | undefined): boolean {
  const parent = parentOf(fn);
  return parent?.type === "CallExpression" && unwrap(parent.callee) === fn;
}

/** `n = f.fbq = function () { … }`, `a = b.fbq = function(){…}`: the function the stub lives in. */
function isStubHolder(fn: Node, parentOf: (node: Node) => Node | undefined): boolean {
  const parent = parentOf(fn);
  return parent?.type === "AssignmentExpression" && parent.right === fn;
}
