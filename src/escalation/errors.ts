import { ReviewkitError } from "../errors.js";

/**
 * A step the ladder does not allow (Cafcass for a child protection plan, escalating past the last
 * stage, a response to a closed escalation). The message is one sentence for a person, naming the
 * standard; it never quotes the record's free text. The command line prints it and exits 2.
 * @example new EscalationMoveError("This escalation was resolved on 3 February 2027; …")
 */
export class EscalationMoveError extends ReviewkitError {
  override readonly name = "EscalationMoveError";
}
