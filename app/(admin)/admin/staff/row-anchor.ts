/** The id of a person's row on the staff page reached with this notice, which the page scrolls to. */
export const staffRowAnchor = (notice: string, userId: string) => `${notice}-user-${userId}`
