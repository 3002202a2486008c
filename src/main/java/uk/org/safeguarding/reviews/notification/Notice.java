package uk.org.safeguarding.reviews.notification;

/**
 * One e-mail to the people who must act. It never carries case content: at most the task's name,
 * which shows the case's pseudonym and the agency; everything else stays behind Tasklist's sign-in.
 */
public record Notice(String subject, String body) {

  static final String FOOTER = "\n\nThis message holds no case details. Sign in to Tasklist to read them.\n"
      + "You receive it as a member of a group in the partnership's safeguarding reviews workflow.\n";
}
